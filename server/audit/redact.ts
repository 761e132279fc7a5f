const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|hash|credential|otp/i;

export const REDACTED = "[redacted]";

/** Copies a value with every secret-looking field replaced, at any depth. */
export function redact(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : redact(v)]),
  );
}

/**
 * The before/after pair an audit event stores: only the fields that changed (all of them
 * for a create or delete), redacted. Timestamps that change on every write are left out.
 */
export function auditDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  const skip = new Set(["updatedAt", "createdAt"]);
  const norm = (row: Record<string, unknown> | null) =>
    row
      ? (redact(Object.fromEntries(Object.entries(row).filter(([k]) => !skip.has(k)))) as Record<string, unknown>)
      : null;
  const b = norm(before);
  const a = norm(after);
  if (!b || !a) return { before: b, after: a };
  const changed = Object.keys({ ...b, ...a }).filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  return {
    before: Object.fromEntries(changed.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(changed.map((k) => [k, a[k] ?? null])),
  };
}
