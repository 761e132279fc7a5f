import { afterAll, describe, expect, it } from "vitest";
import { addMember, closeConnections, createAgency, ownerCaller, TEST_META } from "@/test/factories";
import { seedDemoAssets } from "./asset-seed";

afterAll(closeConnections);

describe("demo assets", () => {
  it("uploads real files and leaves assets in every approval state, with a review thread", async () => {
    const agency = await createAgency();
    const caller = ownerCaller(agency);
    const clientIds = new Map<string, string>();
    for (const name of ["Bluebird Coffee", "Summit Outdoor Gear", "Harbor Health Clinics"]) {
      clientIds.set(name, (await caller.clients.create({ name })).id);
    }
    const member = await addMember(agency, "member");
    const admin = await addMember(agency, "admin");
    const people = new Map([
      ["member@northwind.example", { userId: member.id, label: member.email }],
      ["admin@northwind.example", { userId: admin.id, label: admin.email }],
    ]);
    const count = await seedDemoAssets(
      { organizationId: agency.organizationId, organization: { name: agency.name, slug: agency.slug } },
      clientIds,
      people,
      TEST_META,
    );
    const { items } = await caller.assets.list({ sort: "name", order: "asc" });
    expect(items).toHaveLength(count);
    expect(new Set(items.map((a) => a.status))).toEqual(
      new Set(["draft", "in_review", "approved", "changes_requested"]),
    );
    expect(items.map((a) => [a.name, a.kind, a.currentVersion])).toContainEqual(["Trail running square", "image", 2]);
    expect(items.find((a) => a.kind === "pdf")?.mimeType).toBe("application/pdf");
    const winter = await caller.assets.get({ id: items.find((a) => a.name === "Winter gear search ad")!.id });
    expect(winter.versions[0]).toMatchObject({ width: 1200, height: 628 });
    const [root, ...replies] = winter.comments;
    expect(root).toMatchObject({ decision: "changes_requested", authorName: admin.name });
    expect(replies.map((r) => [r.parentId, r.authorName])).toEqual([
      [root?.id, member.name],
      [root?.id, admin.name],
    ]);
  });
});
