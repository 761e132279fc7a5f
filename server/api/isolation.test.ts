import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  adminSql,
  appConnection,
  callerFor,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  uniqueEmail,
  type Caller,
  type TestAgency,
  type TestMember,
} from "@/test/factories";
import { withDb } from "../db/client";

afterAll(closeConnections);

/** Agency A holds the rows under attack; agency B's owner (full rights at home) attacks them. */
type World = {
  a: TestAgency;
  b: TestAgency;
  aAdmin: TestMember;
  aClientId: string;
  aArchivedClientId: string;
  aInvitationId: string;
  bClientId: string;
  bInvitationId: string;
};

let world: World;

beforeAll(async () => {
  const [a, b] = await Promise.all([createAgency(), createAgency()]);
  const aOwner = ownerCaller(a);
  const aClient = await aOwner.clients.create({ name: "Secret Client of A", tags: ["a-only"] });
  const aArchived = await aOwner.clients.create({ name: "Archived Client of A" });
  await aOwner.clients.archive({ id: aArchived.id });
  const aInvitation = await aOwner.members.invite({ email: uniqueEmail("a-invitee"), role: "member" });
  const aAdmin = await addMember(a, "admin");
  const bClient = await ownerCaller(b).clients.create({ name: "Client of B" });
  const bInvitation = await ownerCaller(b).members.invite({ email: uniqueEmail("b-invitee"), role: "viewer" });
  world = {
    a,
    b,
    aAdmin,
    aClientId: aClient.id,
    aArchivedClientId: aArchived.id,
    aInvitationId: aInvitation.id,
    bClientId: bClient.id,
    bInvitationId: bInvitation.id,
  };
});

/** Every row agency A owns, as the superuser sees it: a change by B would show up here. */
async function snapshotOfA(): Promise<unknown[]> {
  const org = world.a.organizationId;
  const tables = await Promise.all([
    adminSql("SELECT * FROM organizations WHERE id = $1", [org]),
    adminSql("SELECT * FROM clients WHERE organization_id = $1 ORDER BY id", [org]),
    adminSql("SELECT * FROM memberships WHERE organization_id = $1 ORDER BY id", [org]),
    adminSql("SELECT * FROM invitations WHERE organization_id = $1 ORDER BY id", [org]),
    adminSql("SELECT * FROM audit_events WHERE organization_id = $1 ORDER BY seq", [org]),
  ]);
  return tables;
}

const idProcedures: [string, (caller: Caller) => Promise<unknown>][] = [
  ["clients.get", (c) => c.clients.get({ id: world.aClientId })],
  ["clients.update", (c) => c.clients.update({ id: world.aClientId, patch: { name: "Taken over by B" } })],
  ["clients.archive", (c) => c.clients.archive({ id: world.aClientId })],
  ["clients.restore", (c) => c.clients.restore({ id: world.aArchivedClientId })],
  ["members.changeRole", (c) => c.members.changeRole({ membershipId: world.aAdmin.membershipId, role: "viewer" })],
  ["members.remove", (c) => c.members.remove({ membershipId: world.aAdmin.membershipId })],
  ["members.revokeInvitation", (c) => c.members.revokeInvitation({ invitationId: world.aInvitationId })],
  ["organizations.switch", (c) => c.organizations.switch({ organizationId: world.a.organizationId })],
];

describe.each([
  { cookie: "B's own agency", activeOrg: () => world.b.organizationId },
  // A forged cookie naming A must not help: the membership check falls back to B.
  { cookie: "a forged cookie naming agency A", activeOrg: () => world.a.organizationId },
])("the API wall, with $cookie active", ({ activeOrg }) => {
  const attacker = () => callerFor(world.b.owner, activeOrg());

  it.each(idProcedures)("%s on agency A's id is refused and changes nothing", async (_name, call) => {
    const before = await snapshotOfA();
    const error = await trpcError(call(attacker()));
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain(error.code);
    expect(await snapshotOfA()).toEqual(before);
  });

  it("clients.list shows only B's clients, whatever the filters", async () => {
    const all = await attacker().clients.list({ archived: "all", limit: 100 });
    expect(all.items.map((c) => c.id)).toEqual([world.bClientId]);
    const searched = await attacker().clients.list({ search: "Secret Client of A", archived: "all" });
    expect(searched.items).toEqual([]);
    const byTag = await attacker().clients.list({ search: "a-only", archived: "all" });
    expect(byTag.items).toEqual([]);
  });

  it("members.list and members.invitations show only B's", async () => {
    const members = await attacker().members.list();
    expect(members.map((m) => m.user.email)).toEqual([world.b.owner.email]);
    const invitations = await attacker().members.invitations();
    expect(invitations.map((i) => i.id)).toEqual([world.bInvitationId]);
  });

  it("audit.list shows only B's events", async () => {
    const page = await attacker().audit.list({ limit: 200 });
    const bEvents = await adminSql<{ id: string }>("SELECT id FROM audit_events WHERE organization_id = $1", [
      world.b.organizationId,
    ]);
    const aEvents = await adminSql<{ id: string }>("SELECT id FROM audit_events WHERE organization_id = $1", [
      world.a.organizationId,
    ]);
    const ids = page.items.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(bEvents.map((e) => e.id)).toEqual(expect.arrayContaining(ids));
    expect(ids.filter((id) => aEvents.some((e) => e.id === id))).toEqual([]);
  });
});

it("organizations.switch to another agency sets no cookie", async () => {
  const resHeaders = new Headers();
  const caller = callerFor(world.b.owner, world.b.organizationId, { resHeaders });
  const error = await trpcError(caller.organizations.switch({ organizationId: world.a.organizationId }));
  expect(error.code).toBe("NOT_FOUND");
  expect(resHeaders.get("set-cookie")).toBeNull();
});

describe("the database wall (switchboard_app, RLS)", () => {
  const TENANT_TABLES = ["clients", "invitations", "audit_events", "memberships"];

  it("runs as a role that is neither superuser nor BYPASSRLS", async () => {
    const rows = await adminSql<{ rolsuper: boolean; rolbypassrls: boolean }>(
      "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'switchboard_app'",
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const app = await appConnection();
    try {
      const who = await app.query<{ user: string }>('SELECT current_user AS "user"');
      expect(who.rows[0]?.user).toBe("switchboard_app");
    } finally {
      await app.end();
    }
  });

  it("forces RLS, with a policy, on every table that has an organization_id", async () => {
    const rows = await adminSql<{ table: string; rls: boolean; forced: boolean; policies: number }>(
      `SELECT c.relname AS "table", c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname) AS policies
       FROM information_schema.columns col
       JOIN pg_namespace n ON n.nspname = col.table_schema
       JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = col.table_name
       WHERE col.table_schema = 'public' AND col.column_name = 'organization_id' AND c.relkind IN ('r', 'p')
       ORDER BY c.relname`,
    );
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(TENANT_TABLES));
    for (const row of rows) expect(row, row.table).toMatchObject({ rls: true, forced: true });
    for (const row of rows) expect(row.policies, `${row.table} has no policy`).toBeGreaterThan(0);
  });

  it("with tenant B set, a bare SELECT returns only B's clients", async () => {
    const app = await appConnection();
    try {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.organization_id', $1, true)", [world.b.organizationId]);
      const clients = await app.query<{ id: string; organization_id: string }>("SELECT * FROM clients");
      expect(clients.rows.map((c) => c.id)).toEqual([world.bClientId]);
      const events = await app.query<{ organization_id: string }>("SELECT organization_id FROM audit_events");
      expect(events.rows.length).toBeGreaterThan(0);
      expect(new Set(events.rows.map((e) => e.organization_id))).toEqual(new Set([world.b.organizationId]));
      await app.query("COMMIT");
    } finally {
      await app.end();
    }
  });

  it("with no tenant set, tenant tables show no rows at all", async () => {
    const app = await appConnection();
    try {
      for (const table of TENANT_TABLES) {
        const result = await app.query(`SELECT * FROM ${table}`);
        expect(result.rowCount, table).toBe(0);
      }
    } finally {
      await app.end();
    }
    // The rows do exist: the superuser sees them.
    const counts = await adminSql<{ n: number }>("SELECT count(*)::int AS n FROM clients");
    expect(counts[0]?.n).toBeGreaterThan(0);
  });

  it("refuses to write A's rows while the tenant is B", async () => {
    const app = await appConnection();
    try {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.organization_id', $1, true)", [world.b.organizationId]);
      const updated = await app.query("UPDATE clients SET name = 'Taken over' WHERE id = $1", [world.aClientId]);
      expect(updated.rowCount).toBe(0);
      const deleted = await app.query("DELETE FROM clients WHERE id = $1", [world.aClientId]);
      expect(deleted.rowCount).toBe(0);
      await expect(
        app.query(
          `INSERT INTO clients (id, organization_id, name, updated_at) VALUES ('planted-by-b', $1, 'Planted', now())`,
          [world.a.organizationId],
        ),
      ).rejects.toThrow(/row-level security/);
      await app.query("ROLLBACK");
    } finally {
      await app.end();
    }
    const rows = await adminSql<{ name: string }>("SELECT name FROM clients WHERE id = $1", [world.aClientId]);
    expect(rows).toEqual([{ name: "Secret Client of A" }]);
  });

  it("confines raw SQL through withDb (no Prisma extension) to the tenant", async () => {
    const rows = await withDb(
      { organizationId: world.b.organizationId },
      (db) => db.$queryRaw<{ organization_id: string }[]>`SELECT organization_id FROM clients`,
    );
    expect(rows).toEqual([{ organization_id: world.b.organizationId }]);
    const none = await withDb({}, (db) => db.$queryRaw<{ id: string }[]>`SELECT id FROM clients`);
    expect(none).toEqual([]);
  });

  it("forgets the tenant at commit: set_config(..., true) is per transaction", async () => {
    const app = await appConnection();
    try {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.organization_id', $1, true)", [world.b.organizationId]);
      const inside = await app.query("SELECT id FROM clients");
      expect(inside.rowCount).toBe(1);
      await app.query("COMMIT");
      const setting = await app.query<{ value: string | null }>(
        "SELECT current_setting('app.organization_id', true) AS value",
      );
      expect(setting.rows[0]?.value ?? "").toBe("");
      const after = await app.query("SELECT id FROM clients");
      expect(after.rowCount).toBe(0);
    } finally {
      await app.end();
    }
  });
});
