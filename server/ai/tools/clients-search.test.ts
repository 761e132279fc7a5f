import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeConnections, createAgency, ownerAccess, ownerCaller, type TestAgency } from "@/test/factories";
import { clientsSearch } from "./clients-search";
import type { ToolContext } from "./types";

afterAll(closeConnections);

let agency: TestAgency;
let other: TestAgency;
const contextOf = (a: TestAgency): ToolContext => ({
  organizationId: a.organizationId,
  actor: ownerAccess(a).actor,
  agentId: null,
});
const search = (
  a: TestAgency,
  input: { query?: string; status?: "lead" | "active" | "paused" | "churned"; limit?: number },
) => clientsSearch.execute(contextOf(a), clientsSearch.inputSchema.parse(input));

beforeAll(async () => {
  agency = await createAgency();
  other = await createAgency();
  const caller = ownerCaller(agency);
  await caller.clients.create({ name: "Bluebird Coffee", industry: "Food", tags: ["Coffee"], notes: "secret notes" });
  await caller.clients.create({ name: "Bluebird Bakery", status: "lead" });
  await caller.clients.create({ name: "Atlas Legal", industry: "Law" });
  await ownerCaller(other).clients.create({ name: "Bluebird Rival" });
});

describe("clients.search", () => {
  it("finds the agency's clients by name, tag and status, with only the public fields", async () => {
    const result = await search(agency, { query: "bluebird" });
    expect(result).toEqual({
      clients: [
        { id: expect.any(String), name: "Bluebird Bakery", status: "lead", industry: null, tags: [] },
        { id: expect.any(String), name: "Bluebird Coffee", status: "active", industry: "Food", tags: ["coffee"] },
      ],
      more: false,
    });
    expect((await search(agency, { query: "coffee" })).clients.map((c) => c.name)).toEqual(["Bluebird Coffee"]);
    expect((await search(agency, { status: "lead" })).clients.map((c) => c.name)).toEqual(["Bluebird Bakery"]);
  });

  it("never returns another agency's clients", async () => {
    const names = (await search(agency, { query: "bluebird", limit: 20 })).clients.map((c) => c.name);
    expect(names).not.toContain("Bluebird Rival");
    expect((await search(other, {})).clients.map((c) => c.name)).toEqual(["Bluebird Rival"]);
  });

  it("pages at most 20, and says when there are more", async () => {
    const first = await search(agency, { limit: 1 });
    expect(first).toMatchObject({ clients: [{ name: "Atlas Legal" }], more: true });
    expect(clientsSearch.inputSchema.safeParse({ limit: 21 }).success).toBe(false);
  });
});
