import { createHash } from "node:crypto";

/** JSON with object keys sorted at every depth: the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export const GENESIS_HASH = "0".repeat(64);

export type HashedFields = {
  organizationId: string;
  seq: number;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  prevHash: string;
};

/** SHA-256 over the previous hash and the canonical form of the event. */
export function hashEvent(fields: HashedFields): string {
  // Named one by one so that extra properties on a row read back (id, hash) never count.
  const body = canonicalJson({
    organizationId: fields.organizationId,
    seq: fields.seq,
    actorId: fields.actorId,
    actorLabel: fields.actorLabel,
    action: fields.action,
    targetType: fields.targetType,
    targetId: fields.targetId,
    ip: fields.ip,
    userAgent: fields.userAgent,
    before: fields.before ?? null,
    after: fields.after ?? null,
    createdAt: fields.createdAt.toISOString(),
    prevHash: fields.prevHash,
  });
  return createHash("sha256").update(body).digest("hex");
}
