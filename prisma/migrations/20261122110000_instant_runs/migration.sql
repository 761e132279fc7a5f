-- Instant runs (server/workflow/instant.ts): a run whose every step is quick and touches nothing
-- outside the run is worked out in memory where it was triggered and recorded here with one call
-- and one transaction — the run, all its steps and all its events — or not at all. Nobody can be
-- watching a run that does not exist yet, so its events are not announced.
--
-- p_run: { id, workflowId, versionNumber, trigger, input, status, output, error, idempotencyKey,
--          createdById, createdAt, startedAt, finishedAt }
--   status is final (succeeded, failed), or running when the run must go on in a worker: it is
--   then left with an expired lease, so a lost enqueue is swept up like a dead worker's run.
-- p_steps: as workflow_commit_step's p_step, each with insert = true.
-- p_events: [{ type, data }] in order.
-- With an idempotency key already used, nothing is written and the first run comes back with
-- duplicate = true. It takes the same lock as createRun, so the two paths exclude each other.
CREATE FUNCTION workflow_record_instant_run(p_org text, p_run jsonb, p_steps jsonb, p_events jsonb)
  RETURNS TABLE (id text, status text, output jsonb, error text, duplicate boolean)
  LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  run_id text := p_run->>'id';
BEGIN
  PERFORM set_config('app.organization_id', p_org, true);
  IF p_run->>'idempotencyKey' IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext('workflow-idempotency:' || (p_run->>'workflowId') || ':' || (p_run->>'idempotencyKey')));
    RETURN QUERY SELECT r.id, r.status::text, r.output, r.error, true FROM workflow_runs r
      WHERE r.organization_id = p_org AND r.workflow_id = p_run->>'workflowId'
        AND r.idempotency_key = p_run->>'idempotencyKey';
    IF FOUND THEN RETURN; END IF;
  END IF;
  INSERT INTO workflow_runs (id, organization_id, workflow_id, version_number, trigger, input, status, output, error,
                             idempotency_key, depth, created_by_id, created_at, started_at, finished_at, lease_until)
  VALUES (run_id, p_org, p_run->>'workflowId', (p_run->>'versionNumber')::int, p_run->>'trigger', p_run->'input',
          (p_run->>'status')::"WorkflowRunStatus", NULLIF(p_run->'output', 'null'::jsonb), p_run->>'error', p_run->>'idempotencyKey', 0,
          p_run->>'createdById', (p_run->>'createdAt')::timestamptz AT TIME ZONE 'UTC',
          (p_run->>'startedAt')::timestamptz AT TIME ZONE 'UTC',
          (p_run->>'finishedAt')::timestamptz AT TIME ZONE 'UTC',
          CASE WHEN p_run->>'status' = 'running' THEN now() AT TIME ZONE 'UTC' END);
  INSERT INTO workflow_steps (id, organization_id, run_id, node_id, iteration, attempt, status, input, output,
                              handle, error, input_tokens, output_tokens, cost_usd, started_at, finished_at,
                              duration_ms, resume_at)
  SELECT s->>'id', p_org, run_id, s->>'nodeId', s->>'iteration', (s->>'attempt')::int,
         (s->>'status')::"WorkflowStepStatus", s->'input', s->'output', s->>'handle', s->>'error',
         (s->>'inputTokens')::int, (s->>'outputTokens')::int, (s->>'costUsd')::numeric,
         (s->>'startedAt')::timestamptz AT TIME ZONE 'UTC', (s->>'finishedAt')::timestamptz AT TIME ZONE 'UTC',
         (s->>'durationMs')::int, (s->>'resumeAt')::timestamptz AT TIME ZONE 'UTC'
    FROM jsonb_array_elements(p_steps) AS s;
  INSERT INTO workflow_events (organization_id, run_id, type, data)
  SELECT p_org, run_id, e->>'type', e->'data'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, n)
   ORDER BY n;
  RETURN QUERY SELECT run_id, p_run->>'status', p_run->'output', p_run->>'error', false;
END
$$;

-- A webhook's address resolves from the per-process configuration cache: publishing, archiving
-- or a new signing secret must reach every process. Draft saves (the most frequent write) do not
-- touch these columns and notify nothing.
CREATE TRIGGER workflows_config_changed
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF published_version, webhook_secret, archived_at ON workflows
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_config_changed();
