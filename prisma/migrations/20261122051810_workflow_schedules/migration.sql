-- AlterTable
ALTER TABLE "workflows" ADD COLUMN     "schedule_cron" TEXT,
ADD COLUMN     "schedule_timezone" TEXT;

-- CreateIndex
CREATE INDEX "workflows_schedule_cron_idx" ON "workflows"("schedule_cron");

-- The workers' scheduler reads which workflows run on a schedule, in every agency; it starts
-- their runs inside each agency as usual.
CREATE POLICY workflows_scheduler_read ON workflows FOR SELECT
  USING (app_setting('app.workflow_sweeper') = 'on');
