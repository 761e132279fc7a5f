import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  adminSql,
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

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
});

describe("tasks", () => {
  it("creates a task by a person, linked to a client and campaign, assigned to a member, audited", async () => {
    const member = await addMember(agency, "member");
    const client = await caller.clients.create({ name: "Task client" });
    const campaign = await caller.campaigns.create({
      clientId: client.id,
      name: "Task campaign",
      channels: ["email"],
      objective: "o",
      budget: 1,
      currency: "USD",
      startDate: "2026-01-01",
    });
    const task = await caller.tasks.create({
      title: "Write the brief",
      priority: "urgent",
      assigneeId: member.id,
      dueDate: "2026-02-01",
      clientId: client.id,
      campaignId: campaign.id,
    });
    expect(task).toMatchObject({
      status: "pending",
      priority: "urgent",
      assignee: { email: member.email },
      client: { name: "Task client" },
      campaign: { name: "Task campaign" },
      createdByType: "person",
      createdById: agency.owner.id,
      dueDate: "2026-02-01",
    });
    const events = await adminSql<{ action: string }>("SELECT action FROM audit_events WHERE target_id = $1", [
      task.id,
    ]);
    expect(events.map((e) => e.action)).toEqual(["task.create"]);
  });

  it("moves through statuses, stamping and clearing completedAt, each move audited", async () => {
    const task = await caller.tasks.create({ title: "Move me" });
    const done = await caller.tasks.update({ id: task.id, patch: { status: "completed" } });
    expect(done.completedAt).toBeInstanceOf(Date);
    const reopened = await caller.tasks.update({ id: task.id, patch: { status: "in_progress" } });
    expect(reopened.completedAt).toBeNull();
    const events = await adminSql<{ action: string; after: { status: string } }>(
      "SELECT action, after FROM audit_events WHERE target_id = $1 ORDER BY seq",
      [task.id],
    );
    expect(events.map((e) => e.action)).toEqual(["task.create", "task.status_change", "task.status_change"]);
  });

  it("filters by status, priority and assignee, and orders by urgency", async () => {
    const fresh = await createAgency();
    const c = ownerCaller(fresh);
    for (const [title, priority] of [
      ["a", "low"],
      ["b", "urgent"],
      ["c", "medium"],
    ] as const) {
      await c.tasks.create({ title, priority });
    }
    const byUrgency = await c.tasks.list({ sort: "priority", order: "desc" });
    expect(byUrgency.items.map((t) => t.title)).toEqual(["b", "c", "a"]);
    const urgentOnly = await c.tasks.list({ priorities: ["urgent"] });
    expect(urgentOnly.items.map((t) => t.title)).toEqual(["b"]);
    expect((await c.tasks.list({ unassigned: true })).items).toHaveLength(3);
    expect((await c.tasks.list({ statuses: ["completed"] })).items).toHaveLength(0);
  });

  it("bulk-updates all or none, and refuses references outside the agency", async () => {
    const fresh = await createAgency();
    const other = await createAgency();
    const c = ownerCaller(fresh);
    const one = await c.tasks.create({ title: "one" });
    const two = await c.tasks.create({ title: "two" });
    const foreign = await ownerCaller(other).tasks.create({ title: "theirs" });
    await expect(c.tasks.bulkUpdate({ ids: [one.id, two.id], patch: { status: "cancelled" } })).resolves.toEqual({
      updated: 2,
    });
    const mixed = await trpcError(c.tasks.bulkUpdate({ ids: [one.id, foreign.id], patch: { status: "completed" } }));
    expect(mixed.code).toBe("NOT_FOUND");
    expect((await c.tasks.get({ id: one.id })).status).toBe("cancelled"); // untouched by the refused bulk change
    expect((await ownerCaller(other).tasks.get({ id: foreign.id })).status).toBe("pending");
    const outsider = await trpcError(c.tasks.create({ title: "x", assigneeId: other.owner.id }));
    expect(outsider.code).toBe("BAD_REQUEST");
    expect(outsider.message).toMatch(/assignee must be a member/);
    expect((await trpcError(c.tasks.get({ id: foreign.id }))).code).toBe("NOT_FOUND");
  });

  it("lets viewers read and refuses them changes", async () => {
    const viewer = await addMember(agency, "viewer");
    const viewerCaller = ownerCaller({ ...agency, owner: viewer });
    await expect(viewerCaller.tasks.list({})).resolves.toHaveProperty("items");
    expect((await trpcError(viewerCaller.tasks.create({ title: "nope" }))).code).toBe("FORBIDDEN");
  });
});
