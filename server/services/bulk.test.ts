import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";

afterAll(closeConnections);

let agency: TestAgency;
let caller: Caller;
let clientId: string;

const campaign = (name: string) =>
  caller.campaigns.create({
    clientId,
    name,
    channels: ["search"],
    objective: "o",
    budget: 10,
    currency: "USD",
    startDate: "2026-01-01",
  });

const auditCount = async (action: string) =>
  (
    await adminSql("SELECT 1 FROM audit_events WHERE organization_id = $1 AND action = $2", [
      agency.organizationId,
      action,
    ])
  ).length;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  clientId = (await caller.clients.create({ name: "Bulk client" })).id;
});

describe("bulk actions", () => {
  it("archive and restore clients together, each change audited", async () => {
    const a = await caller.clients.create({ name: "Bulk A" });
    const b = await caller.clients.create({ name: "Bulk B" });
    expect(await caller.clients.bulkArchive({ ids: [a.id, b.id, a.id], archived: true })).toEqual({ updated: 2 });
    expect((await caller.clients.get({ id: a.id })).archivedAt).not.toBeNull();
    expect(await auditCount("client.archive")).toBe(2);
    await caller.clients.bulkArchive({ ids: [a.id, b.id], archived: false });
    expect((await caller.clients.get({ id: b.id })).archivedAt).toBeNull();
  });

  it("move campaigns together, or none when one move is not allowed (naming that campaign)", async () => {
    const draft = await campaign("Bulk draft");
    const scheduled = await campaign("Bulk scheduled");
    await caller.campaigns.transition({ id: scheduled.id, to: "scheduled" });
    const refused = await trpcError(caller.campaigns.bulkTransition({ ids: [scheduled.id, draft.id], to: "active" }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toBe(
      "Bulk draft: A draft campaign cannot become active. From draft it can become: scheduled, archived. Nothing was changed.",
    );
    expect((await caller.campaigns.get({ id: scheduled.id })).status).toBe("scheduled");
    expect(await caller.campaigns.bulkTransition({ ids: [scheduled.id, draft.id], to: "archived" })).toEqual({
      updated: 2,
    });
    expect((await caller.campaigns.get({ id: draft.id })).status).toBe("archived");
  });

  it("delete contacts together, for managers and up only", async () => {
    const one = await caller.contacts.create({ clientId, name: "Bulk One" });
    const two = await caller.contacts.create({ clientId, name: "Bulk Two" });
    const member = await addMember(agency, "member");
    const asMember = callerFor(member, agency.organizationId);
    expect((await trpcError(asMember.contacts.bulkDelete({ ids: [one.id] }))).code).toBe("FORBIDDEN");
    expect(await caller.contacts.bulkDelete({ ids: [one.id, two.id] })).toEqual({ updated: 2 });
    expect(await adminSql("SELECT 1 FROM contacts WHERE id = ANY($1)", [[one.id, two.id]])).toHaveLength(0);
    expect(await auditCount("contact.delete")).toBe(2);
  });

  it("refuse the whole batch when one row is another agency's, changing nothing", async () => {
    const mine = await caller.clients.create({ name: "Mine" });
    const other = await createAgency();
    const theirs = await ownerCaller(other).clients.create({ name: "Theirs" });
    const refused = await trpcError(caller.clients.bulkArchive({ ids: [mine.id, theirs.id], archived: true }));
    expect(refused).toMatchObject({ code: "NOT_FOUND" });
    expect((await caller.clients.get({ id: mine.id })).archivedAt).toBeNull();
    const archived = await adminSql<{ archived_at: Date | null }>("SELECT archived_at FROM clients WHERE id = $1", [
      theirs.id,
    ]);
    expect(archived[0]?.archived_at).toBeNull();
  });

  it("refuse an empty selection and one past the limit with a message", async () => {
    const empty = await trpcError(caller.clients.bulkArchive({ ids: [], archived: true }));
    expect(empty.message).toMatch(/Select at least one of the clients/);
    const many = Array.from({ length: 101 }, (_, i) => `id${i}`);
    expect((await trpcError(caller.contacts.bulkDelete({ ids: many }))).message).toMatch(
      /Change at most 100 contacts at once/,
    );
  });
});
