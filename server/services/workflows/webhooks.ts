import { createHmac, timingSafeEqual } from "node:crypto";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { NODE_TYPES, type NodeConfig } from "@/lib/workflow/node-types";
import type { AuditActor } from "../../audit/record";
import { cachedConfig } from "../../db/config-cache";
import { withDb } from "../../db/client";
import { env } from "../../env";
import { AppError } from "../../errors";
import { runInstantly, instantIndex } from "../../workflow/instant";
import { watchRun } from "../../workflow/listener";
import { enqueueAdvance } from "../../workflow/queue";
import { createRun } from "./runs";
import { storedGraph } from "./workflows";

/** Largest webhook body taken. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

type WebhookConfig = NodeConfig<"trigger.webhook">;

export type WebhookTarget = {
  organizationId: string;
  workflowId: string;
  webhookSecret: string;
  config: WebhookConfig;
  /** The published version a call runs, and its graph. */
  versionNumber: number;
  graph: TWorkflowGraph;
};

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** The key senders sign bodies with (HMAC-SHA256), derived from the server secret and the webhook's own. */
export function webhookSigningKey(workflowId: string, webhookSecret: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET)
    .update(`webhook-signing:${workflowId}:${webhookSecret}`)
    .digest("base64url");
}

/** Whether `header` ("sha256=<hex>" or "<hex>") is the HMAC-SHA256 of `body` under `key`. */
export function signatureMatches(key: string, body: Buffer, header: string | null): boolean {
  if (!header) return false;
  const given = header
    .trim()
    .replace(/^sha256=/i, "")
    .toLowerCase();
  const expected = createHmac("sha256", key).update(body).digest("hex");
  return /^[0-9a-f]{64}$/.test(given) && timingSafeEqual(Buffer.from(given, "hex"), Buffer.from(expected, "hex"));
}

const notFound = () =>
  new AppError("NOT_FOUND", "No webhook at this address. Copy the address again from the workflow's trigger.");

type WebhookRow = {
  organizationId: string;
  webhookSecret: string;
  publishedVersion: number | null;
  archived: boolean;
  graph: TWorkflowGraph | null;
};

async function loadWebhook(workflowId: string): Promise<WebhookRow | null> {
  const row = await withDb({ webhookWorkflowId: workflowId }, async (db) => {
    const rows = await db.$queryRaw<
      { organization_id: string; webhook_secret: string; published_version: number | null; archived_at: Date | null }[]
    >`SELECT organization_id, webhook_secret, published_version, archived_at FROM workflows WHERE id = ${workflowId}`;
    return rows[0];
  });
  if (!row) return null;
  const graph =
    row.published_version === null || row.archived_at
      ? null
      : await withDb({ organizationId: row.organization_id }, async (db) => {
          const version = await db.workflowVersion.findFirst({
            where: { workflowId, number: row.published_version! },
            select: { graph: true },
          });
          return version ? storedGraph(version.graph) : null;
        });
  return {
    organizationId: row.organization_id,
    webhookSecret: row.webhook_secret,
    publishedVersion: row.published_version,
    archived: row.archived_at !== null,
    graph,
  };
}

/**
 * The workflow behind a webhook address, checked: the secret (compared in constant time), the
 * newest published version, and that version starting from a webhook trigger. Kept in the
 * configuration cache: publishing, archiving or a new secret notifies every process.
 */
export async function resolveWebhook(workflowId: string, secret: string): Promise<WebhookTarget> {
  const row = await cachedConfig(`webhook:${workflowId}`, () => loadWebhook(workflowId));
  if (!row || row.archived || !sameSecret(row.webhookSecret, secret)) throw notFound();
  if (row.publishedVersion === null || !row.graph) {
    throw new AppError("PRECONDITION_FAILED", "This workflow is not published yet; publish it to turn its webhook on.");
  }
  const trigger = row.graph.nodes.find((node) => node.type.startsWith("trigger."));
  if (!trigger || trigger.type !== "trigger.webhook") {
    throw new AppError("PRECONDITION_FAILED", "This workflow's published version does not start from a webhook.");
  }
  const config = NODE_TYPES["trigger.webhook"].config.parse(trigger.config);
  return {
    organizationId: row.organizationId,
    workflowId,
    webhookSecret: row.webhookSecret,
    config,
    versionNumber: row.publishedVersion,
    graph: row.graph,
  };
}

export type WebhookCall = {
  body: Buffer;
  contentType: string | null;
  query: Record<string, string>;
  headers: Record<string, string>;
  idempotencyKey: string | null;
  signature: string | null;
  actor: AuditActor;
};

function inputOf(call: WebhookCall): Record<string, unknown> {
  const text = call.body.toString("utf8");
  let body: unknown = text;
  if (call.contentType?.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      body = text.trim() ? JSON.parse(text) : null;
    } catch {
      throw new AppError(
        "BAD_REQUEST",
        "The body is not valid JSON. Send JSON with Content-Type: application/json, or plain text.",
      );
    }
  }
  return { body, query: call.query, headers: call.headers };
}

export type WebhookAnswer =
  | { status: 202; body: { runId: string; status: string; duplicate: boolean } }
  | { status: 200; body: { runId: string; status: "succeeded"; output: unknown; duplicate: boolean } }
  | { status: 500; body: { runId: string; status: string; error: string | null } };

/**
 * Starts a run for a webhook call. With `respond: immediately` it answers 202 with the run id;
 * with `with_output` it waits (up to `waitSeconds`) for the run to end and answers with its output,
 * or 202 with the run id to poll when it takes longer. An `Idempotency-Key` seen before answers
 * with the run it started then, and starts nothing.
 */
export async function receiveWebhook(target: WebhookTarget, call: WebhookCall): Promise<WebhookAnswer> {
  if (target.config.signature === "hmac_sha256") {
    const key = webhookSigningKey(target.workflowId, target.webhookSecret);
    if (!signatureMatches(key, call.body, call.signature)) {
      throw new AppError(
        "UNAUTHORIZED",
        `The ${target.config.signatureHeader} header is missing or does not match the body's HMAC-SHA256 signature.`,
      );
    }
  }
  if (call.idempotencyKey && call.idempotencyKey.length > 200) {
    throw new AppError("BAD_REQUEST", "Idempotency-Key may be at most 200 characters.");
  }
  const input = inputOf(call);
  const idempotencyKey = call.idempotencyKey ? `webhook:${call.idempotencyKey}` : null;
  const index = instantIndex(target.graph);
  if (index) {
    // Quick steps only: the run is worked out here and committed whole (server/workflow/instant.ts).
    const run = await runInstantly(index, target.graph, {
      organizationId: target.organizationId,
      workflowId: target.workflowId,
      versionNumber: target.versionNumber,
      trigger: "webhook",
      input,
      idempotencyKey,
      createdById: null,
    });
    if (target.config.respond === "immediately" || TERMINAL.has(run.status)) return answerWith(target, run);
    return waitForRun(target, run, null);
  }
  const run = await withDb({ organizationId: target.organizationId }, (db) =>
    createRun(
      { db, organizationId: target.organizationId, actor: call.actor },
      { workflowId: target.workflowId, trigger: "webhook", input, idempotencyKey },
    ),
  );
  const enqueue = run.duplicate ? null : () => enqueueAdvance({ organizationId: target.organizationId, runId: run.id });
  if (target.config.respond === "immediately") {
    await enqueue?.();
    return { status: 202, body: { runId: run.id, status: run.status, duplicate: run.duplicate } };
  }
  return waitForRun(target, run, enqueue);
}

type KnownRun = { id: string; status: string; duplicate: boolean; output?: unknown; error?: string | null };

/** The answer for a run as it stands: its output, its error, or 202 with its id to poll. */
function answerWith(target: WebhookTarget, run: KnownRun): WebhookAnswer {
  if (target.config.respond === "immediately" || !TERMINAL.has(run.status)) {
    return { status: 202, body: { runId: run.id, status: run.status, duplicate: run.duplicate } };
  }
  if (run.status === "succeeded") {
    return { status: 200, body: { runId: run.id, status: "succeeded", output: run.output, duplicate: run.duplicate } };
  }
  return { status: 500, body: { runId: run.id, status: run.status, error: run.error ?? null } };
}

/**
 * Waits (up to the trigger's `waitSeconds`) for a run to end and answers with it. The run is
 * watched before `enqueue` hands it to a worker, and read after, so its end is never missed.
 */
async function waitForRun(target: WebhookTarget, run: KnownRun, enqueue: (() => Promise<void>) | null) {
  let settle: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (settle = resolve));
  const stopWatching = await watchRun(run.id, (notice) => {
    if (notice.type === "run.succeeded" || notice.type === "run.failed" || notice.type === "run.cancelled") settle();
  });
  try {
    await enqueue?.();
    const finished = async () =>
      withDb({ organizationId: target.organizationId }, (db) =>
        db.workflowRun.findFirst({ where: { id: run.id }, select: { status: true, output: true, error: true } }),
      );
    let current = await finished();
    if (current && !TERMINAL.has(current.status)) {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, target.config.waitSeconds * 1000));
      await Promise.race([ended, timeout]);
      current = await finished();
    }
    return answerWith(target, { ...run, ...current, status: current?.status ?? "queued" });
  } finally {
    stopWatching();
  }
}

/** A webhook caller's view of a run it started: status, and output once it succeeded. */
export async function webhookRunStatus(target: WebhookTarget, runId: string) {
  const run = await withDb({ organizationId: target.organizationId }, (db) =>
    db.workflowRun.findFirst({
      where: { id: runId, workflowId: target.workflowId, trigger: "webhook" },
      select: { id: true, status: true, output: true, error: true },
    }),
  );
  if (!run) throw new AppError("NOT_FOUND", "No run of this webhook has that id.");
  return {
    runId: run.id,
    status: run.status,
    output: run.status === "succeeded" ? run.output : null,
    error: run.error,
  };
}
