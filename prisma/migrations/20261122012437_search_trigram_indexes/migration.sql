-- Trigram indexes serve the lists' case-insensitive "contains" search (ILIKE %term%).
-- pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "campaigns_name_trgm_idx" ON "campaigns" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "clients_search_trgm_idx" ON "clients" USING GIN ("name" gin_trgm_ops, "website" gin_trgm_ops, "industry" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "contacts_search_trgm_idx" ON "contacts" USING GIN ("name" gin_trgm_ops, "email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "tasks_search_trgm_idx" ON "tasks" USING GIN ("title" gin_trgm_ops, "description" gin_trgm_ops);
