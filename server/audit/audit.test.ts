import { DEFAULT_AGENT_TEMPLATES } from "@/lib/agents/templates";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  adminSql,
  appSql,
  callerFor,
  closeConnections,
  createAgency,
  failure,
  ownerCaller,
  TEST_META,
  trpcError,
  uniqueEmail,
  type TestAgency,
} from "@/test/factories";
import { withDb } from "../db/client";
import { exportAuditEvents } from "../services/audit/export";
import { hashEvent } from "./canonical";

afterAll(closeConnections);

type EventRow = {
  id: string;
  organization_id: string;
  seq: number;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  before: unknown;
  after: unknown;
  created_at: Date;
  prev_hash: string;
  hash: string;
};

const eventsOf = (agency: TestAgency) =>
  adminSql<EventRow>("SELECT * FROM audit_events WHERE organization_id = $1 ORDER BY seq", [agency.organizationId]);

/** A few audited changes of different kinds. */
async function someMutations(agency: TestAgency) {
  const owner = ownerCaller(agency);
  const first = await owner.clients.create({ name: "Bluebird Coffee", tags: ["retail"] });
  await owner.clients.create({ name: "Summit Gear" });
  await owner.clients.update({ id: first.id, patch: { status: "paused", notes: "On hold" } });
  await owner.clients.archive({ id: first.id });
  await owner.members.invite({ email: uniqueEmail(), role: "viewer" });
}

/**
 * Runs `statements` as the superuser in one transaction, with the append-only trigger off:
 * an attacker with database access. The trigger is never seen disabled outside it.
 */
async function tamper(statements: string) {
  await adminSql(`BEGIN;
    ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete;
    ${statements};
    ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete;
    COMMIT;`);
}

describe("the hash chain", () => {
  let agency: TestAgency;

  beforeAll(async () => {
    agency = await createAgency();
    await someMutations(agency);
  });

  it("verifies every event, and audits the verification itself", async () => {
    const events = await eventsOf(agency);
    expect(events.length).toBeGreaterThanOrEqual(7);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const report = await ownerCaller(agency).audit.verify();
    expect(report).toEqual({ ok: true, checked: events.length, lastHash: events.at(-1)?.hash });

    const after = await eventsOf(agency);
    expect(after).toHaveLength(events.length + 1);
    expect(after.at(-1)).toMatchObject({ action: "audit.verify", after: { ok: true, checked: events.length } });
    await expect(ownerCaller(agency).audit.verify()).resolves.toMatchObject({ ok: true, checked: after.length });
  });

  it("is readable only by admins and owners", async () => {
    const manager = await addMember(agency, "manager");
    const caller = callerFor(manager, agency.organizationId);
    expect((await trpcError(caller.audit.list({}))).code).toBe("FORBIDDEN");
    expect((await trpcError(caller.audit.verify())).code).toBe("FORBIDDEN");
  });

  it.each([
    ["UPDATE", "UPDATE audit_events SET action = 'client.delete' WHERE organization_id = $1 AND seq = 1"],
    ["DELETE", "DELETE FROM audit_events WHERE organization_id = $1 AND seq = 1"],
  ])("refuses %s even to the superuser", async (op, sql) => {
    const before = await eventsOf(agency);
    const error = await failure(adminSql(sql, [agency.organizationId]));
    expect(String(error)).toMatch(new RegExp(`append-only: ${op} is not allowed`));
    expect(await eventsOf(agency)).toEqual(before);
  });

  it("refuses TRUNCATE even to the superuser", async () => {
    const error = await failure(adminSql("TRUNCATE audit_events CASCADE"));
    expect(String(error)).toMatch(/append-only: TRUNCATE is not allowed/);
    expect((await eventsOf(agency)).length).toBeGreaterThan(0);
  });

  it("gives the app role no UPDATE or DELETE at all", async () => {
    await expect(appSql("UPDATE audit_events SET action = 'x'")).rejects.toThrow(/permission denied/);
    await expect(appSql("DELETE FROM audit_events")).rejects.toThrow(/permission denied/);
  });
});

describe("tamper detection", () => {
  it("finds an event whose contents were changed behind the trigger's back", async () => {
    const agency = await createAgency();
    await someMutations(agency);
    const target = 4;
    const literal = pg.escapeLiteral(agency.organizationId);
    await tamper(
      `UPDATE audit_events SET action = 'client.view' WHERE organization_id = ${literal} AND seq = ${target}`,
    );
    expect((await eventsOf(agency))[target - 1]?.action).toBe("client.view");

    const report = await ownerCaller(agency).audit.verify();
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.brokenAt.seq).toBe(target);
    expect(report.checked).toBe(target - 1);
    expect(report.brokenAt.reason).toMatch(/contents do not match/);
    expect((await eventsOf(agency)).at(-1)).toMatchObject({
      action: "audit.verify",
      after: { ok: false, brokenAtSeq: target },
    });
  });

  it("finds a forged event even when its own hash was recomputed, at the next link", async () => {
    const agency = await createAgency();
    await someMutations(agency);
    const events = await eventsOf(agency);
    const forged = events[1]!;
    const fields = {
      organizationId: forged.organization_id,
      seq: forged.seq,
      actorId: forged.actor_id,
      actorLabel: forged.actor_label,
      action: forged.action,
      targetType: forged.target_type,
      targetId: forged.target_id,
      ip: forged.ip,
      userAgent: forged.user_agent,
      before: forged.before,
      after: { email: "someone-else@example.com", role: "owner" },
      createdAt: forged.created_at,
      prevHash: forged.prev_hash,
    };
    const literal = pg.escapeLiteral;
    await tamper(
      `UPDATE audit_events SET after = ${literal(JSON.stringify(fields.after))}::jsonb, hash = ${literal(hashEvent(fields))}
       WHERE id = ${literal(forged.id)}`,
    );
    const report = await ownerCaller(agency).audit.verify();
    expect(report).toMatchObject({ ok: false, checked: forged.seq, brokenAt: { seq: forged.seq + 1 } });
    if (!report.ok) expect(report.brokenAt.reason).toMatch(/previous-hash/);
  });
});

describe("concurrent writers", () => {
  it("10 parallel creates in one agency extend one chain with no gaps or duplicates", async () => {
    const agency = await createAgency();
    const owner = ownerCaller(agency);
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) => owner.clients.create({ name: `Parallel ${i}` })),
    );
    const events = await eventsOf(agency);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: events.length }, (_, i) => i + 1));
    // Sign-up's own events (agency, owner, the default agents), then the ten clients.
    const signUpEvents = 2 + DEFAULT_AGENT_TEMPLATES.length;
    expect(events).toHaveLength(signUpEvents + 10);
    for (let i = 1; i < events.length; i += 1) expect(events[i]?.prev_hash).toBe(events[i - 1]?.hash);
    const createdIds = events.filter((e) => e.action === "client.create").map((e) => e.target_id);
    expect(new Set(createdIds)).toEqual(new Set(created.map((c) => c.id)));
    await expect(owner.audit.verify()).resolves.toMatchObject({ ok: true, checked: signUpEvents + 10 });
  });
});

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe("export", () => {
  it("writes a header and one CSV row per event, with formula cells neutralised", async () => {
    const agency = await createAgency();
    const formula = '=HYPERLINK("http://evil.example","click")';
    const hostile = callerFor(agency.owner, agency.organizationId, { meta: { ip: "-2+3", userAgent: formula } });
    await hostile.clients.create({ name: "@SUM(1,2)", notes: "line one\nline two, with a comma" });
    await someMutations(agency);
    const events = await eventsOf(agency);

    const actor = { userId: agency.owner.id, label: agency.owner.email, ...TEST_META };
    const csv = await withDb({ organizationId: agency.organizationId, userId: agency.owner.id }, (db) =>
      exportAuditEvents({ db, organizationId: agency.organizationId, actor }, {}, "csv"),
    );
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([
      "seq",
      "createdAt",
      "actorLabel",
      "actorId",
      "action",
      "targetType",
      "targetId",
      "ip",
      "userAgent",
      "before",
      "after",
      "prevHash",
      "hash",
    ]);
    expect(rows).toHaveLength(events.length);
    expect(rows.map((r) => r[0])).toEqual(events.map((e) => String(e.seq)));
    for (const row of rows) expect(row).toHaveLength(13);

    const hostileRow = rows.find((r) => r[8] !== "vitest" && r[8] !== "");
    expect(hostileRow?.[8]).toBe(`'${formula}`);
    expect(hostileRow?.[7]).toBe("'-2+3");
    expect(JSON.parse(hostileRow?.[10] ?? "null")).toMatchObject({ name: "@SUM(1,2)" });
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

    // The export is itself audited, after the rows it exported.
    expect((await eventsOf(agency)).at(-1)).toMatchObject({
      action: "audit.export",
      after: { format: "csv", rows: events.length },
    });
  });
});
