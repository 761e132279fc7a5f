-- CreateEnum
CREATE TYPE "WorkflowRunStatus" AS ENUM ('queued', 'running', 'waiting', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "WorkflowStepStatus" AS ENUM ('running', 'succeeded', 'failed', 'waiting', 'skipped');

-- CreateTable
CREATE TABLE "workflows" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "draft" JSONB NOT NULL,
    "draft_revision" INTEGER NOT NULL DEFAULT 1,
    "draft_saved_by_id" TEXT,
    "draft_saved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_version" INTEGER,
    "webhook_secret" TEXT NOT NULL,
    "created_by_id" TEXT,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "workflows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workflow_versions" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "graph" JSONB NOT NULL,
    "note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workflow_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workflow_runs" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "version_number" INTEGER,
    "graph" JSONB,
    "trigger" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "status" "WorkflowRunStatus" NOT NULL DEFAULT 'queued',
    "output" JSONB,
    "error" TEXT,
    "idempotency_key" TEXT,
    "parent_run_id" TEXT,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "input_tokens" INTEGER NOT NULL DEFAULT 0,
    "output_tokens" INTEGER NOT NULL DEFAULT 0,
    "cost_usd" DECIMAL(14,6) NOT NULL DEFAULT 0,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "deadline_at" TIMESTAMP(3),
    "lease_owner" TEXT,
    "lease_until" TIMESTAMP(3),

    CONSTRAINT "workflow_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workflow_steps" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "node_id" TEXT NOT NULL,
    "iteration" TEXT NOT NULL DEFAULT '',
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "status" "WorkflowStepStatus" NOT NULL,
    "input" JSONB,
    "output" JSONB,
    "handle" TEXT,
    "error" TEXT,
    "input_tokens" INTEGER NOT NULL DEFAULT 0,
    "output_tokens" INTEGER NOT NULL DEFAULT 0,
    "cost_usd" DECIMAL(14,6) NOT NULL DEFAULT 0,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "duration_ms" INTEGER,
    "resume_at" TIMESTAMP(3),

    CONSTRAINT "workflow_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workflow_events" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workflow_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workflows_organization_id_updated_at_id_idx" ON "workflows"("organization_id", "updated_at" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "workflows_organization_id_id_key" ON "workflows"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "workflows_organization_id_name_key" ON "workflows"("organization_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_versions_organization_id_id_key" ON "workflow_versions"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_versions_organization_id_workflow_id_number_key" ON "workflow_versions"("organization_id", "workflow_id", "number");

-- CreateIndex
CREATE INDEX "workflow_runs_organization_id_workflow_id_created_at_idx" ON "workflow_runs"("organization_id", "workflow_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "workflow_runs_organization_id_status_idx" ON "workflow_runs"("organization_id", "status");

-- CreateIndex
CREATE INDEX "workflow_runs_status_lease_until_idx" ON "workflow_runs"("status", "lease_until");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_runs_organization_id_id_key" ON "workflow_runs"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_runs_organization_id_workflow_id_idempotency_key_key" ON "workflow_runs"("organization_id", "workflow_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "workflow_steps_organization_id_run_id_idx" ON "workflow_steps"("organization_id", "run_id");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_steps_organization_id_id_key" ON "workflow_steps"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_steps_run_id_node_id_iteration_attempt_key" ON "workflow_steps"("run_id", "node_id", "iteration", "attempt");

-- CreateIndex
CREATE INDEX "workflow_events_organization_id_run_id_id_idx" ON "workflow_events"("organization_id", "run_id", "id");

-- AddForeignKey
ALTER TABLE "workflows" ADD CONSTRAINT "workflows_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_versions" ADD CONSTRAINT "workflow_versions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_versions" ADD CONSTRAINT "workflow_versions_organization_id_workflow_id_fkey" FOREIGN KEY ("organization_id", "workflow_id") REFERENCES "workflows"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_runs" ADD CONSTRAINT "workflow_runs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_runs" ADD CONSTRAINT "workflow_runs_organization_id_workflow_id_fkey" FOREIGN KEY ("organization_id", "workflow_id") REFERENCES "workflows"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_organization_id_run_id_fkey" FOREIGN KEY ("organization_id", "run_id") REFERENCES "workflow_runs"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_organization_id_run_id_fkey" FOREIGN KEY ("organization_id", "run_id") REFERENCES "workflow_runs"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Row-level security (see 20261121232100_row_level_security).
GRANT SELECT, INSERT, UPDATE, DELETE ON workflows, workflow_versions, workflow_runs, workflow_steps, workflow_events TO switchboard_app;
GRANT USAGE, SELECT ON SEQUENCE workflow_events_id_seq TO switchboard_app;
ALTER TABLE workflows ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflows FORCE ROW LEVEL SECURITY;
CREATE POLICY workflows_tenant ON workflows
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
ALTER TABLE workflow_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_versions_tenant ON workflow_versions
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
ALTER TABLE workflow_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_runs_tenant ON workflow_runs
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
ALTER TABLE workflow_steps ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_steps FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_steps_tenant ON workflow_steps
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));
ALTER TABLE workflow_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_events FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_events_tenant ON workflow_events
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));

-- A webhook call knows only the workflow id and secret: it may read that one workflow row
-- (the secret is compared in code) to learn the agency, then works inside it as usual.
CREATE POLICY workflows_webhook ON workflows FOR SELECT
  USING (id = app_setting('app.webhook_workflow_id'));

-- The worker's sweeper finds runs whose worker died (lease run out) in every agency, and
-- takes them over; it reads and updates nothing else.
CREATE POLICY workflow_runs_sweeper_read ON workflow_runs FOR SELECT
  USING (app_setting('app.workflow_sweeper') = 'on');
CREATE POLICY workflow_runs_sweeper_update ON workflow_runs FOR UPDATE
  USING (app_setting('app.workflow_sweeper') = 'on')
  WITH CHECK (app_setting('app.workflow_sweeper') = 'on');
