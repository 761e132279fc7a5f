import { afterAll, describe, expect, it } from "vitest";
import { callerFor, closeConnections, createAgency, trpcError, unique } from "@/test/factories";

afterAll(closeConnections);

describe("organizations", () => {
  it("lets a signed-in person start another agency and switch between the two", async () => {
    const first = await createAgency();
    const name = `Second Agency ${unique()}`;
    const created = await callerFor(first.owner, first.organizationId).organizations.create({ name });
    expect(created.organizationId).not.toBe(first.organizationId);

    const inSecond = callerFor(first.owner, created.organizationId);
    const mine = await inSecond.organizations.mine();
    expect(mine.memberships.map((m) => m.organizationId).sort()).toEqual(
      [first.organizationId, created.organizationId].sort(),
    );
    expect(mine.active).toMatchObject({ organizationId: created.organizationId, role: "owner" });
    // The new agency starts without clients, with its default agents and its own audit chain.
    await expect(inSecond.clients.list({})).resolves.toMatchObject({ items: [] });
    const audit = await inSecond.audit.list({});
    expect(new Set(audit.items.map((e) => e.action))).toEqual(
      new Set(["member.add", "organization.create", "agent.create"]),
    );
    await expect(inSecond.audit.verify()).resolves.toMatchObject({ ok: true });
  });

  it("refuses a switch to an agency the person does not belong to", async () => {
    const a = await createAgency();
    const b = await createAgency();
    const error = await trpcError(
      callerFor(b.owner, b.organizationId).organizations.switch({ organizationId: a.organizationId }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses an agency name that is too short", async () => {
    const a = await createAgency();
    const error = await trpcError(callerFor(a.owner, a.organizationId).organizations.create({ name: "x" }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
