import pg from "pg";
import { env } from "@/server/env";
import { EVENTS_CHANNEL } from "@/server/workflow/events";
import { summarize, type Summary } from "../data/stats";
import { adminUrl } from "./config";
import type { Fixture } from "./fixture";

/**
 * What the write of one no-op step costs in other shapes, straight over node-postgres as
 * `switchboard_app` (RLS on), with no Prisma: the engine's own ten statements, and the same rows
 * (the step, its two events, the advisory lock, two notifications) written by one SQL function,
 * inside BEGIN / set_config / COMMIT or alone in autocommit. The function exists only in the
 * bench database, for this comparison: the app does not have it.
 */
export type StepShape = { name: string; roundTrips: number; wallMs: Summary; clientCpuMsPerStep: number };

const FUNCTION = `
CREATE OR REPLACE FUNCTION bench_record_step(org text, run text, node text, output jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE started bigint; finished bigint;
BEGIN
  PERFORM set_config('app.organization_id', org, true);
  INSERT INTO workflow_steps (id, organization_id, run_id, node_id, status, output, finished_at, duration_ms)
    VALUES (gen_random_uuid()::text, org, run, node, 'succeeded', output, now(), 0);
  PERFORM pg_advisory_xact_lock(hashtextextended('run-events:' || run, 0));
  INSERT INTO workflow_events (organization_id, run_id, type, data)
    VALUES (org, run, 'step.started', jsonb_build_object('nodeId', node)) RETURNING id INTO started;
  INSERT INTO workflow_events (organization_id, run_id, type, data)
    VALUES (org, run, 'step.finished', jsonb_build_object('nodeId', node)) RETURNING id INTO finished;
  PERFORM pg_notify('${EVENTS_CHANNEL}', json_build_object('runId', run, 'id', started::text, 'type', 'step.started')::text);
  PERFORM pg_notify('${EVENTS_CHANNEL}', json_build_object('runId', run, 'id', finished::text, 'type', 'step.finished')::text);
END $$`;

const TENANT = `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', '', true)`;

export async function measureStepShapes(fixture: Fixture, steps = 300, warmup = 50): Promise<StepShape[]> {
  const admin = new pg.Client({ connectionString: adminUrl });
  const app = new pg.Client({ connectionString: env().appDatabaseUrl });
  await admin.connect();
  await app.connect();
  try {
    await admin.query(FUNCTION);
    // A run of the long chain to hang the rows on; its own steps are node ids s1…s40.
    const { rows } = await admin.query<{ id: string }>(`SELECT id FROM workflow_runs WHERE workflow_id = $1 LIMIT 1`, [
      fixture.longChainId,
    ]);
    const runId = rows[0]?.id;
    if (!runId) throw new Error("no run of the long chain to write steps on");
    const org = fixture.organizationId;
    let n = 0;
    const shapes: { name: string; roundTrips: number; write: () => Promise<unknown> }[] = [
      {
        name: "today's statements over pg, no Prisma",
        roundTrips: 10,
        write: async () => {
          const node = `shape-a-${(n += 1)}`;
          await app.query("BEGIN");
          await app.query(TENANT, [org]);
          await app.query(
            `INSERT INTO workflow_steps (id, organization_id, run_id, node_id, status, output, finished_at, duration_ms)
             VALUES (gen_random_uuid()::text, $1, $2, $3, 'succeeded', '1', now(), 0)`,
            [org, runId, node],
          );
          for (const type of ["step.started", "step.finished"]) {
            await app.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`run-events:${runId}`]);
            const event = await app.query<{ id: string }>(
              "INSERT INTO workflow_events (organization_id, run_id, type, data) VALUES ($1, $2, $3, $4::jsonb) RETURNING id",
              [org, runId, type, JSON.stringify({ nodeId: node })],
            );
            await app.query("SELECT pg_notify($1, $2)", [
              EVENTS_CHANNEL,
              JSON.stringify({ runId, id: event.rows[0]?.id, type }),
            ]);
          }
          await app.query("COMMIT");
        },
      },
      {
        name: "one function inside BEGIN, set_config, COMMIT",
        roundTrips: 4,
        write: async () => {
          await app.query("BEGIN");
          await app.query(TENANT, [org]);
          await app.query("SELECT bench_record_step($1, $2, $3, '1')", [org, runId, `shape-b-${(n += 1)}`]);
          await app.query("COMMIT");
        },
      },
      {
        name: "one function, autocommit",
        roundTrips: 1,
        write: () => app.query("SELECT bench_record_step($1, $2, $3, '1')", [org, runId, `shape-c-${(n += 1)}`]),
      },
    ];
    const results: StepShape[] = [];
    for (const shape of shapes) {
      for (let i = 0; i < warmup; i += 1) await shape.write();
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < steps; i += 1) {
        const started = performance.now();
        await shape.write();
        times.push(performance.now() - started);
      }
      const used = process.cpuUsage(cpu);
      results.push({
        name: shape.name,
        roundTrips: shape.roundTrips,
        wallMs: summarize(times),
        clientCpuMsPerStep: Math.round(((used.user + used.system) / 1000 / steps) * 1000) / 1000,
      });
    }
    return results;
  } finally {
    await admin.query("DROP FUNCTION IF EXISTS bench_record_step(text, text, text, jsonb)").catch(() => undefined);
    await app.end();
    await admin.end();
  }
}
