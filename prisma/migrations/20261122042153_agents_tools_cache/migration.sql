-- CreateEnum
CREATE TYPE "HttpToolMethod" AS ENUM ('GET', 'POST');

-- AlterEnum
ALTER TYPE "RunStatus" ADD VALUE 'running';

-- AlterTable
ALTER TABLE "agent_runs" ADD COLUMN     "depth" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "finished_at" TIMESTAMP(3),
ADD COLUMN     "parent_run_id" TEXT;

-- AlterTable
ALTER TABLE "clients" ADD COLUMN     "brand_banned_words" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "brand_disclaimers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "brand_tone_keywords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "custom_tools" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "method" "HttpToolMethod" NOT NULL,
    "url" TEXT NOT NULL,
    "input_schema" JSONB NOT NULL,
    "auth_header_name" TEXT,
    "auth_header_sealed" TEXT,
    "auth_header_hint" TEXT,
    "timeout_ms" INTEGER NOT NULL DEFAULT 10000,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "custom_tools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cached_responses" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "agent_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "parts" JSONB NOT NULL,
    "input_tokens" INTEGER NOT NULL,
    "output_tokens" INTEGER NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cached_responses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "custom_tools_organization_id_id_key" ON "custom_tools"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "custom_tools_organization_id_name_key" ON "custom_tools"("organization_id", "name");

-- CreateIndex
CREATE INDEX "cached_responses_expires_at_idx" ON "cached_responses"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "cached_responses_organization_id_agent_id_key_key" ON "cached_responses"("organization_id", "agent_id", "key");

-- AddForeignKey
ALTER TABLE "agent_runs" ADD CONSTRAINT "agent_runs_organization_id_parent_run_id_fkey" FOREIGN KEY ("organization_id", "parent_run_id") REFERENCES "agent_runs"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "custom_tools" ADD CONSTRAINT "custom_tools_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cached_responses" ADD CONSTRAINT "cached_responses_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cached_responses" ADD CONSTRAINT "cached_responses_organization_id_agent_id_fkey" FOREIGN KEY ("organization_id", "agent_id") REFERENCES "agents"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see 20261121232100_row_level_security).
GRANT SELECT, INSERT, UPDATE, DELETE ON custom_tools, cached_responses TO switchboard_app;
ALTER TABLE custom_tools ENABLE ROW LEVEL SECURITY;
ALTER TABLE custom_tools FORCE ROW LEVEL SECURITY;
CREATE POLICY custom_tools_tenant ON custom_tools
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
ALTER TABLE cached_responses ENABLE ROW LEVEL SECURITY;
ALTER TABLE cached_responses FORCE ROW LEVEL SECURITY;
CREATE POLICY cached_responses_tenant ON cached_responses
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
