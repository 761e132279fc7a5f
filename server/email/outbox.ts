import nodemailer from "nodemailer";
import type { Db } from "../db/client";
import { withDb } from "../db/client";
import { env } from "../env";

export type EmailMessage = { to: string; subject: string; text: string; html?: string };

/**
 * Queues an email in the caller's transaction, so it exists exactly when the change that
 * caused it commits. Without SMTP it is kept as "captured" for the dev mailbox: never
 * dropped, never reported as sent.
 */
export async function queueEmail(db: Db, message: EmailMessage): Promise<string> {
  const row = await db.outboxEmail.create({
    data: { ...message, status: env().SMTP_URL ? "queued" : "captured" },
    select: { id: true },
  });
  return row.id;
}

/** Sends queued emails through SMTP; failures stay in the outbox with their error. */
export async function deliverQueuedEmails(limit = 20): Promise<number> {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) return 0;
  const transport = nodemailer.createTransport(smtpUrl);
  const queued = await withDb({}, (db) =>
    db.outboxEmail.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" }, take: limit }),
  );
  let sent = 0;
  for (const email of queued) {
    try {
      await transport.sendMail({
        from: env().EMAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html ?? undefined,
      });
      await withDb({}, (db) =>
        db.outboxEmail.update({ where: { id: email.id }, data: { status: "sent", sentAt: new Date(), error: null } }),
      );
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await withDb({}, (db) =>
        db.outboxEmail.update({ where: { id: email.id }, data: { status: "failed", error: message.slice(0, 1000) } }),
      );
    }
  }
  return sent;
}

export function listMailbox(limit = 50) {
  return withDb({}, (db) => db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit }));
}
