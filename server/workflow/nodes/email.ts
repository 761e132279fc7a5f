import { z } from "zod";
import type { NodeConfig } from "@/lib/workflow/node-types";
import { withTenant } from "../../ai/tools/tenant";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { queueEmail } from "../../email/outbox";
import { AppError } from "../../errors";
import type { NodeContext, NodeExecutor } from "./types";
import { asText } from "./values";

export const MAX_EMAIL_RECIPIENTS = 50;
export const MAX_EMAIL_SUBJECT_CHARS = 200;
export const MAX_EMAIL_BODY_CHARS = 100_000;

/** What a send-email step passes on; a repeated attempt passes on the first one's. */
export type QueuedStepEmail = { emailId: string; to: string[]; subject: string; queued: true };

/** The audit action whose record doubles as the ledger of emails queued by steps. */
const EMAIL_ACTION = "email.send";

const ZAddress = z.email().max(254);
const ZLedgerEntry = z.object({ to: z.array(z.string()), subject: z.string() });

type Filled = { to: string[]; subject: string; body: string };

async function filled(ctx: NodeContext, config: NodeConfig<"email">): Promise<Filled> {
  const seen = new Set<string>();
  const to: string[] = [];
  for (const part of asText(await ctx.template(config.to)).split(/[,;]/)) {
    const address = part.trim();
    if (!address || seen.has(address.toLowerCase())) continue;
    if (!ZAddress.safeParse(address).success)
      throw new AppError("BAD_REQUEST", `"${address.slice(0, 100)}" is not an email address.`);
    seen.add(address.toLowerCase());
    to.push(address);
  }
  if (to.length === 0)
    throw new AppError("BAD_REQUEST", "There is no one to send to once the recipients are filled in.");
  if (to.length > MAX_EMAIL_RECIPIENTS)
    throw new AppError("BAD_REQUEST", `At most ${MAX_EMAIL_RECIPIENTS} recipients per email; this has ${to.length}.`);

  const subject = asText(await ctx.template(config.subject)).trim();
  if (!subject) throw new AppError("BAD_REQUEST", "The subject is empty once filled in.");
  // A line break in a subject would start another header: refused, never queued.
  if (/[\r\n]/.test(subject)) throw new AppError("BAD_REQUEST", "The subject must be one line once filled in.");
  if (subject.length > MAX_EMAIL_SUBJECT_CHARS)
    throw new AppError(
      "BAD_REQUEST",
      `The subject is ${subject.length} characters; at most ${MAX_EMAIL_SUBJECT_CHARS}.`,
    );

  const body = asText(await ctx.template(config.body)).trim();
  if (!body) throw new AppError("BAD_REQUEST", "The email is empty once filled in.");
  if (body.length > MAX_EMAIL_BODY_CHARS)
    throw new AppError(
      "BAD_REQUEST",
      `The email is ${body.length.toLocaleString("en-US")} characters; at most ${MAX_EMAIL_BODY_CHARS.toLocaleString("en-US")}.`,
    );
  return { to, subject, body };
}

/**
 * Makes attempts of one step take turns: a second attempt waits for the first's transaction to
 * end, then sees what it queued. Released at commit or rollback.
 */
async function lockStepEmail(db: Db, idempotencyKey: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`workflow-email:${idempotencyKey}`}, 0))`;
}

/**
 * The email an earlier attempt of the same step queued (same idempotency key), or null. Call it
 * inside the transaction that would queue the email, after {@link lockStepEmail}.
 *
 * The outbox has no key column, so this reads the agency's audit trail, where each step's email
 * is recorded with its key in the same transaction as the outbox row. Once outbox_emails has
 * `idempotency_key` (unique), this becomes a lookup of that column.
 */
export async function emailQueuedForStep(db: Db, idempotencyKey: string): Promise<QueuedStepEmail | null> {
  const event = await db.auditEvent.findFirst({
    where: { action: EMAIL_ACTION, targetType: "email", after: { path: ["idempotencyKey"], equals: idempotencyKey } },
    orderBy: { seq: "asc" },
    select: { targetId: true, after: true },
  });
  const entry = ZLedgerEntry.safeParse(event?.after);
  if (!event?.targetId || !entry.success) return null;
  return { emailId: event.targetId, to: entry.data.to, subject: entry.data.subject, queued: true };
}

/**
 * Queues the filled-in email in the outbox (delivered when SMTP is configured, captured for the
 * dev mailbox otherwise) and audits it. Exactly once per step: every attempt carries the same
 * idempotency key, and one that finds the key already used passes on the first attempt's result
 * without queueing again.
 */
export const emailExecutor: NodeExecutor<NodeConfig<"email">> = async (ctx, config) => {
  const email = await filled(ctx, config);
  const output = await withTenant(
    { organizationId: ctx.organizationId, actor: ctx.actor, agentId: null },
    async ({ db }) => {
      await lockStepEmail(db, ctx.idempotencyKey);
      const earlier = await emailQueuedForStep(db, ctx.idempotencyKey);
      if (earlier) return earlier;
      const emailId = await queueEmail(db, { to: email.to.join(", "), subject: email.subject, text: email.body });
      await recordAudit(db, ctx.organizationId, ctx.actor, {
        action: EMAIL_ACTION,
        targetType: "email",
        targetId: emailId,
        after: {
          to: email.to,
          subject: email.subject,
          workflowId: ctx.workflowId,
          workflowRunId: ctx.runId,
          nodeId: ctx.nodeId,
          idempotencyKey: ctx.idempotencyKey,
        },
      });
      return { emailId, to: email.to, subject: email.subject, queued: true } satisfies QueuedStepEmail;
    },
  );
  return { kind: "done", output };
};
