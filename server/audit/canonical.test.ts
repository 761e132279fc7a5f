import { describe, expect, it } from "vitest";
import { canonicalJson, GENESIS_HASH, hashEvent, type HashedFields } from "./canonical";
import { auditDiff, REDACTED, redact } from "./redact";

const event: HashedFields = {
  organizationId: "org",
  seq: 1,
  actorId: "u1",
  actorLabel: "a@example.com",
  action: "client.create",
  targetType: "client",
  targetId: "c1",
  ip: "127.0.0.1",
  userAgent: "test",
  before: null,
  after: { b: 1, a: [1, { y: 2, x: 1 }] },
  createdAt: new Date("2026-01-01T00:00:00.000Z"),
  prevHash: GENESIS_HASH,
};

describe("audit hashing", () => {
  it("serialises with sorted keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it("hashes the same event the same, whatever the key order or extra fields", () => {
    const reordered = { ...event, after: { a: [1, { x: 1, y: 2 }], b: 1 }, id: "ignored", hash: "ignored" };
    expect(hashEvent(reordered)).toBe(hashEvent(event));
    expect(hashEvent(event)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any field", () => {
    expect(hashEvent({ ...event, action: "client.update" })).not.toBe(hashEvent(event));
    expect(hashEvent({ ...event, prevHash: "1".repeat(64) })).not.toBe(hashEvent(event));
  });
});

describe("redaction", () => {
  it("hides secrets at any depth", () => {
    expect(redact({ password: "x", nested: { apiKey: "k", ok: 1 }, list: [{ token: "t" }] })).toEqual({
      password: REDACTED,
      nested: { apiKey: REDACTED, ok: 1 },
      list: [{ token: REDACTED }],
    });
  });

  it("keeps only changed fields in an update diff", () => {
    const diff = auditDiff({ name: "A", website: null, updatedAt: 1 }, { name: "B", website: null, updatedAt: 2 });
    expect(diff).toEqual({ before: { name: "A" }, after: { name: "B" } });
  });
});
