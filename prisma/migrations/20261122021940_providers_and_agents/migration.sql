-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('openai', 'anthropic', 'openai_compatible');

-- CreateEnum
CREATE TYPE "AgentStatus" AS ENUM ('idle', 'active', 'busy', 'error', 'offline');

-- CreateEnum
CREATE TYPE "AgentVisibility" AS ENUM ('internal', 'published');

-- CreateTable
CREATE TABLE "model_providers" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "base_url" TEXT,
    "api_key_ciphertext" TEXT,
    "api_key_hint" TEXT,
    "default_model" TEXT NOT NULL,
    "models" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "model_providers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agents" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "template" TEXT NOT NULL,
    "provider_id" TEXT,
    "model" TEXT,
    "temperature" DOUBLE PRECISION NOT NULL DEFAULT 0.7,
    "system_prompt" TEXT NOT NULL,
    "variables" JSONB NOT NULL DEFAULT '{}',
    "tools" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "memory_window" INTEGER NOT NULL DEFAULT 20,
    "status" "AgentStatus" NOT NULL DEFAULT 'idle',
    "visibility" "AgentVisibility" NOT NULL DEFAULT 'internal',
    "cache_ttl_seconds" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "agents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_providers_organization_id_id_key" ON "model_providers"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "model_providers_organization_id_name_key" ON "model_providers"("organization_id", "name");

-- CreateIndex
CREATE INDEX "agents_organization_id_updated_at_id_idx" ON "agents"("organization_id", "updated_at" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "agents_organization_id_id_key" ON "agents"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "agents_organization_id_name_key" ON "agents"("organization_id", "name");

-- AddForeignKey
ALTER TABLE "model_providers" ADD CONSTRAINT "model_providers_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agents" ADD CONSTRAINT "agents_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agents" ADD CONSTRAINT "agents_organization_id_provider_id_fkey" FOREIGN KEY ("organization_id", "provider_id") REFERENCES "model_providers"("organization_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (see 20261121232100_row_level_security).
GRANT SELECT, INSERT, UPDATE, DELETE ON model_providers, agents TO switchboard_app;
ALTER TABLE model_providers ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_providers FORCE ROW LEVEL SECURITY;
CREATE POLICY model_providers_tenant ON model_providers
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
ALTER TABLE agents ENABLE ROW LEVEL SECURITY;
ALTER TABLE agents FORCE ROW LEVEL SECURITY;
CREATE POLICY agents_tenant ON agents
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
