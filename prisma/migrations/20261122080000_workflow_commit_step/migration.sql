-- One round trip per step: the engine commits a step's result, its events (each announced on
-- workflow_events) and the run's token totals with a single call, in one transaction (the
-- statement's own). It runs as the caller (switchboard_app), so row-level security applies: the
-- agency is set first, for this transaction only, exactly as withDb does.
--
-- p_step: { insert, id, nodeId, iteration, attempt, status, output, handle, error, startedAt,
--           finishedAt, durationMs, resumeAt, inputTokens, outputTokens, costUsd[, input] }
--   insert = true writes a new row (a quick step, recorded once); false finishes the row the
--   step was started with (node, iteration, attempt). "input" absent keeps the row's input.
-- p_events: [{ type, data }] in order.
CREATE FUNCTION workflow_commit_step(p_org text, p_run text, p_step jsonb, p_events jsonb) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  event jsonb;
  event_id bigint;
BEGIN
  PERFORM set_config('app.organization_id', p_org, true);
  IF (p_step->>'insert')::boolean THEN
    INSERT INTO workflow_steps (id, organization_id, run_id, node_id, iteration, attempt, status, input, output,
                                handle, error, input_tokens, output_tokens, cost_usd, started_at, finished_at,
                                duration_ms, resume_at)
    VALUES (p_step->>'id', p_org, p_run, p_step->>'nodeId', p_step->>'iteration', (p_step->>'attempt')::int,
            (p_step->>'status')::"WorkflowStepStatus", p_step->'input', p_step->'output', p_step->>'handle',
            p_step->>'error', (p_step->>'inputTokens')::int, (p_step->>'outputTokens')::int,
            (p_step->>'costUsd')::numeric, (p_step->>'startedAt')::timestamptz AT TIME ZONE 'UTC',
            (p_step->>'finishedAt')::timestamptz AT TIME ZONE 'UTC', (p_step->>'durationMs')::int,
            (p_step->>'resumeAt')::timestamptz AT TIME ZONE 'UTC');
  ELSE
    UPDATE workflow_steps SET
      status = (p_step->>'status')::"WorkflowStepStatus",
      input = CASE WHEN p_step ? 'input' THEN p_step->'input' ELSE input END,
      output = p_step->'output',
      handle = p_step->>'handle',
      error = p_step->>'error',
      input_tokens = (p_step->>'inputTokens')::int,
      output_tokens = (p_step->>'outputTokens')::int,
      cost_usd = (p_step->>'costUsd')::numeric,
      finished_at = (p_step->>'finishedAt')::timestamptz AT TIME ZONE 'UTC',
      duration_ms = (p_step->>'durationMs')::int,
      resume_at = (p_step->>'resumeAt')::timestamptz AT TIME ZONE 'UTC'
    WHERE organization_id = p_org AND run_id = p_run AND node_id = p_step->>'nodeId'
      AND iteration = p_step->>'iteration' AND attempt = (p_step->>'attempt')::int;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'workflow step % (iteration "%", attempt %) of run % was not started',
        p_step->>'nodeId', p_step->>'iteration', p_step->>'attempt', p_run;
    END IF;
  END IF;
  IF (p_step->>'inputTokens')::int > 0 OR (p_step->>'outputTokens')::int > 0 OR (p_step->>'costUsd')::numeric > 0 THEN
    UPDATE workflow_runs SET
      input_tokens = input_tokens + (p_step->>'inputTokens')::int,
      output_tokens = output_tokens + (p_step->>'outputTokens')::int,
      cost_usd = cost_usd + (p_step->>'costUsd')::numeric
    WHERE organization_id = p_org AND id = p_run;
  END IF;
  -- Events of one run get their ids in commit order (as recordRunEvent does).
  PERFORM pg_advisory_xact_lock(hashtextextended('run-events:' || p_run, 0));
  FOR event IN SELECT value FROM jsonb_array_elements(p_events) LOOP
    INSERT INTO workflow_events (organization_id, run_id, type, data)
    VALUES (p_org, p_run, event->>'type', event->'data')
    RETURNING id INTO event_id;
    PERFORM pg_notify('workflow_events',
      json_build_object('runId', p_run, 'id', event_id::text, 'type', event->>'type')::text);
  END LOOP;
END
$$;
