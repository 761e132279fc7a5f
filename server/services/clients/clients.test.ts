import { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { withDb } from "../../db/client";
import { findClientsByName } from "./clients";

afterAll(closeConnections);

type AuditRow = {
  seq: number;
  action: string;
  target_id: string | null;
  actor_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  xmin: string;
};

const auditFor = (agency: TestAgency, targetId: string) =>
  adminSql<AuditRow>(
    `SELECT seq, action, target_id, actor_id, before, after, xmin::text
     FROM audit_events WHERE organization_id = $1 AND target_id = $2 ORDER BY seq`,
    [agency.organizationId, targetId],
  );

const clientXmin = async (id: string) =>
  (await adminSql<{ xmin: string }>("SELECT xmin::text FROM clients WHERE id = $1", [id]))[0]?.xmin;

const countAudit = async (agency: TestAgency) =>
  (
    await adminSql<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1", [
      agency.organizationId,
    ])
  )[0]?.n;

describe("client changes are audited in the same transaction", () => {
  let agency: TestAgency;
  let owner: Caller;

  beforeAll(async () => {
    agency = await createAgency();
    owner = ownerCaller(agency);
  });

  it("create records client.create with the whole new row, minus timestamps", async () => {
    const client = await owner.clients.create({ name: "Bluebird Coffee", tags: ["Retail", "retail"], notes: "" });
    const events = await auditFor(agency, client.id);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ action: "client.create", actor_id: agency.owner.id, before: null });
    expect(event?.after).toEqual({
      id: client.id,
      name: "Bluebird Coffee",
      website: null,
      industry: null,
      status: "active",
      tags: ["retail"],
      notes: null,
      brandBannedWords: [],
      brandDisclaimers: [],
      brandToneKeywords: [],
      archivedAt: null,
    });
    // Written by the very transaction that inserted the row.
    expect(event?.xmin).toBe(await clientXmin(client.id));
  });

  it("update records only the changed fields, before and after", async () => {
    const client = await owner.clients.create({ name: "Summit Gear", industry: "Retail" });
    await owner.clients.update({ id: client.id, patch: { name: "Summit Outdoor Gear", status: "paused" } });
    const events = await auditFor(agency, client.id);
    expect(events.map((e) => e.action)).toEqual(["client.create", "client.update"]);
    expect(events[1]?.before).toEqual({ name: "Summit Gear", status: "active" });
    expect(events[1]?.after).toEqual({ name: "Summit Outdoor Gear", status: "paused" });
    expect(events[1]?.xmin).toBe(await clientXmin(client.id));
  });

  it("archive and restore record their own actions; a no-op archive records nothing", async () => {
    const client = await owner.clients.create({ name: "Harbor Health" });
    const archived = await owner.clients.archive({ id: client.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await owner.clients.archive({ id: client.id });
    const restored = await owner.clients.restore({ id: client.id });
    expect(restored.archivedAt).toBeNull();
    const events = await auditFor(agency, client.id);
    expect(events.map((e) => e.action)).toEqual(["client.create", "client.archive", "client.restore"]);
    expect(events[1]?.before).toEqual({ archivedAt: null });
    expect(events[1]?.after).toEqual({ archivedAt: archived.archivedAt?.toISOString() });
    expect(events[2]?.before).toEqual({ archivedAt: archived.archivedAt?.toISOString() });
    expect(events[2]?.after).toEqual({ archivedAt: null });
    expect(events[2]?.xmin).toBe(await clientXmin(client.id));
  });

  it("a failed update writes no audit event and changes nothing", async () => {
    const before = await countAudit(agency);
    const error = await trpcError(owner.clients.update({ id: "no-such-client", patch: { name: "Ghost" } }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toMatch(/not found/i);
    expect(await countAudit(agency)).toBe(before);
  });
});

describe("brand rules", () => {
  let agency: TestAgency;
  let owner: Caller;

  beforeAll(async () => {
    agency = await createAgency();
    owner = ownerCaller(agency);
  });

  it("are saved trimmed, de-duplicated ignoring case, and returned by get", async () => {
    const client = await owner.clients.create({
      name: "Brand Rules Co",
      brandBannedWords: ["  cheap ", "Cheap", "best   ever", "CHEAP"],
      brandDisclaimers: ["Terms apply.", "  terms   APPLY. ", "Results may vary."],
      brandToneKeywords: ["warm", "Playful", "playful"],
    });
    const expected = {
      brandBannedWords: ["cheap", "best ever"],
      brandDisclaimers: ["Terms apply.", "Results may vary."],
      brandToneKeywords: ["warm", "Playful"],
    };
    expect(client).toMatchObject(expected);
    expect(await owner.clients.get({ id: client.id })).toMatchObject(expected);
    const [row] = await adminSql<{ brand_banned_words: string[] }>(
      "SELECT brand_banned_words FROM clients WHERE id = $1",
      [client.id],
    );
    expect(row?.brand_banned_words).toEqual(["cheap", "best ever"]);
    const [created] = await auditFor(agency, client.id);
    expect(created?.after).toMatchObject(expected);
  });

  it("default to empty lists, and an update changes only the lists it names, audited before and after", async () => {
    const client = await owner.clients.create({ name: "Rules Later" });
    expect(client).toMatchObject({ brandBannedWords: [], brandDisclaimers: [], brandToneKeywords: [] });
    await owner.clients.update({ id: client.id, patch: { brandBannedWords: ["free"], brandToneKeywords: ["bold"] } });
    const updated = await owner.clients.update({ id: client.id, patch: { brandBannedWords: ["free", "guaranteed"] } });
    expect(updated).toMatchObject({
      brandBannedWords: ["free", "guaranteed"],
      brandDisclaimers: [],
      brandToneKeywords: ["bold"],
    });
    const events = await auditFor(agency, client.id);
    expect(events.map((e) => e.action)).toEqual(["client.create", "client.update", "client.update"]);
    expect(events[1]?.before).toEqual({ brandBannedWords: [], brandToneKeywords: [] });
    expect(events[1]?.after).toEqual({ brandBannedWords: ["free"], brandToneKeywords: ["bold"] });
    expect(events[2]?.before).toEqual({ brandBannedWords: ["free"] });
    expect(events[2]?.after).toEqual({ brandBannedWords: ["free", "guaranteed"] });
  });

  it("are left out of list pages, which stay small", async () => {
    await owner.clients.create({ name: "Listed With Rules", brandDisclaimers: ["x".repeat(1000)] });
    const { items } = await owner.clients.list({ search: "Listed With Rules" });
    expect(items).toHaveLength(1);
    expect(items[0]).not.toHaveProperty("brandDisclaimers");
    expect(items[0]).not.toHaveProperty("brandBannedWords");
  });

  it("findClientsByName prefers exact names, falls back to partial ones, and stays in the agency", async () => {
    const exact = await owner.clients.create({ name: "Findable" });
    await owner.clients.create({ name: "Findable Labs" });
    await ownerCaller(await createAgency()).clients.create({ name: "Findable" });
    const find = (name: string) =>
      withDb({ organizationId: agency.organizationId, userId: agency.owner.id }, (db) =>
        findClientsByName({ ...ownerAccess(agency), db }, name),
      );
    expect((await find("FINDABLE")).map((c) => c.id)).toEqual([exact.id]);
    const partial = await find("indable la");
    expect(partial.map((c) => c.name)).toEqual(["Findable Labs"]);
  });
});

describe("clients.list", () => {
  let agency: TestAgency;
  let owner: Caller;
  const names = ["Acme Rockets", "acme labs", "Bolt Coffee", "Same Name", "Same Name", "Zephyr Air"];
  const ids = new Map<string, string[]>();

  beforeAll(async () => {
    agency = await createAgency();
    owner = ownerCaller(agency);
    for (const name of names) {
      const status = name === "Bolt Coffee" ? "lead" : "active";
      const client = await owner.clients.create({ name, status });
      ids.set(name, [...(ids.get(name) ?? []), client.id]);
    }
    const zephyr = ids.get("Zephyr Air")?.[0] ?? "";
    await owner.clients.archive({ id: zephyr });
  });

  const namesOf = (items: { name: string }[]) => items.map((c) => c.name);

  it("searches names case-insensitively", async () => {
    const { items } = await owner.clients.list({ search: "ACME" });
    expect(namesOf(items).sort()).toEqual(["Acme Rockets", "acme labs"].sort());
  });

  it("filters by status and by archived state", async () => {
    expect(namesOf((await owner.clients.list({ status: "lead" })).items)).toEqual(["Bolt Coffee"]);
    expect(namesOf((await owner.clients.list({ archived: "archived" })).items)).toEqual(["Zephyr Air"]);
    expect((await owner.clients.list({})).items).toHaveLength(5);
    expect((await owner.clients.list({ archived: "all" })).items).toHaveLength(6);
  });

  it("sorts by name both ways, ties broken by id", async () => {
    const asc = (await owner.clients.list({ archived: "all", sort: "name", order: "asc" })).items;
    const desc = (await owner.clients.list({ archived: "all", sort: "name", order: "desc" })).items;
    // The database's own collation is the reference for where "acme labs" sorts.
    const expected = await adminSql<{ id: string; name: string }>(
      "SELECT id, name FROM clients WHERE organization_id = $1 ORDER BY name ASC, id ASC",
      [agency.organizationId],
    );
    expect(asc.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(desc.map((c) => c.id)).toEqual(expected.map((c) => c.id).reverse());
    expect(namesOf(asc).indexOf("Bolt Coffee")).toBeLessThan(namesOf(asc).indexOf("Zephyr Air"));
  });

  it.each(["asc", "desc"] as const)("pages by cursor (%s): 3 pages of 2, every row exactly once", async (order) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await owner.clients.list({ archived: "all", limit: 2, order, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(6);
    expect(new Set(seen)).toEqual(new Set([...ids.values()].flat()));
    const full = await owner.clients.list({ archived: "all", limit: 100, order });
    expect(seen).toEqual(full.items.map((c) => c.id));
  });
});

describe("input validation", () => {
  let owner: Caller;

  beforeAll(async () => {
    owner = ownerCaller(await createAgency());
  });

  /** The refusal must be BAD_REQUEST and name the offending field. */
  async function expectBadRequest(call: Promise<unknown>, field: string, message: RegExp) {
    const error = await trpcError(call);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toBeInstanceOf(ZodError);
    const issues = error.cause instanceof ZodError ? error.cause.issues : [];
    const named = issues.filter((i) => i.path.join(".") === field || ("keys" in i && i.keys.includes(field)));
    expect(named, JSON.stringify(issues)).not.toHaveLength(0);
    expect(error.message).toMatch(message);
  }

  it("refuses a malformed id", async () => {
    await expectBadRequest(owner.clients.get({ id: "../../etc" }), "id", /id is malformed/);
    await expectBadRequest(owner.clients.archive({ id: "x".repeat(65) }), "id", /id is too long/);
  });

  it("refuses a 10,000-character name", async () => {
    await expectBadRequest(owner.clients.create({ name: "x".repeat(10_000) }), "name", /Name must be at most 160/);
  });

  it("refuses unknown fields", async () => {
    const evil = { name: "x", evil: 1 } as unknown as { name: string };
    await expectBadRequest(owner.clients.create(evil), "evil", /evil/);
    const patch = { id: "abc", patch: { organizationId: "other" } } as unknown as { id: string; patch: object };
    await expectBadRequest(owner.clients.update(patch), "organizationId", /organizationId/);
  });

  it("refuses brand rules it cannot check, saying which entry to fix", async () => {
    await expectBadRequest(
      owner.clients.create({ name: "x", brandBannedWords: ["cheap", "   "] }),
      "brandBannedWords.1",
      /Remove the empty banned word/,
    );
    await expectBadRequest(
      owner.clients.create({ name: "x", brandBannedWords: ["!!!"] }),
      "brandBannedWords.0",
      /banned word needs at least one letter or digit/,
    );
    await expectBadRequest(
      owner.clients.create({ name: "x", brandToneKeywords: ["y".repeat(201)] }),
      "brandToneKeywords.0",
      /tone keyword must be at most 200 characters/,
    );
    await expectBadRequest(
      owner.clients.update({ id: "abc", patch: { brandDisclaimers: ["d".repeat(1001)] } }),
      "patch.brandDisclaimers.0",
      /disclaimer must be at most 1,000 characters/,
    );
    const many = Array.from({ length: 101 }, (_, i) => `word${i}`);
    await expectBadRequest(
      owner.clients.create({ name: "x", brandBannedWords: many }),
      "brandBannedWords",
      /at most 100 banned words/,
    );
    // The limits are inclusive.
    const fits = await owner.clients.create({
      name: "At the limits",
      brandBannedWords: many.slice(0, 100),
      brandDisclaimers: ["d".repeat(1000)],
      brandToneKeywords: ["y".repeat(200)],
    });
    expect(fits.brandBannedWords).toHaveLength(100);
  });

  it("refuses wrong types", async () => {
    const numericName = { name: 123 } as unknown as { name: string };
    await expectBadRequest(owner.clients.create(numericName), "name", /expected string/);
    const stringLimit = { limit: "10" } as unknown as { limit: number };
    await expectBadRequest(owner.clients.list(stringLimit), "limit", /expected number/);
    const badStatus = { name: "x", status: "deleted" } as unknown as { name: string };
    await expectBadRequest(owner.clients.create(badStatus), "status", /status|expected one of/i);
  });
});

describe("roles", () => {
  let agency: TestAgency;

  beforeAll(async () => {
    agency = await createAgency();
  });

  it("a viewer may read but not create", async () => {
    const viewer = await addMember(agency, "viewer");
    const caller = callerFor(viewer, agency.organizationId);
    await expect(caller.clients.list({})).resolves.toMatchObject({ items: expect.any(Array) });
    const error = await trpcError(caller.clients.create({ name: "Not allowed" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/viewer/);
    const rows = await adminSql("SELECT id FROM clients WHERE organization_id = $1 AND name = 'Not allowed'", [
      agency.organizationId,
    ]);
    expect(rows).toEqual([]);
  });

  it("a member may create but not archive", async () => {
    const member = await addMember(agency, "member");
    const caller = callerFor(member, agency.organizationId);
    const client = await caller.clients.create({ name: "Member's client" });
    expect(client.name).toBe("Member's client");
    const error = await trpcError(caller.clients.archive({ id: client.id }));
    expect(error.code).toBe("FORBIDDEN");
    const rows = await adminSql<{ archived_at: Date | null }>("SELECT archived_at FROM clients WHERE id = $1", [
      client.id,
    ]);
    expect(rows).toEqual([{ archived_at: null }]);
  });
});

describe("countActive", () => {
  it("counts the agency's active clients only", async () => {
    const mine = await createAgency();
    const other = await createAgency();
    const caller = ownerCaller(mine);
    const kept = await caller.clients.create({ name: "Kept" });
    const archived = await caller.clients.create({ name: "Archived" });
    await caller.clients.archive({ id: archived.id });
    await ownerCaller(other).clients.create({ name: "Someone else's" });
    expect(await caller.clients.countActive()).toBe(1);
    await caller.clients.restore({ id: archived.id });
    expect(await caller.clients.countActive()).toBe(2);
    expect(kept.id).not.toBe(archived.id);
  });
});
