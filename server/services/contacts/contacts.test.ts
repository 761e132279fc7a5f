import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSegmentDefinition } from "@/lib/schemas/contacts";
import {
  addMember,
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
let clientA: string;
let clientB: string;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  clientA = (await caller.clients.create({ name: "Client A" })).id;
  clientB = (await caller.clients.create({ name: "Client B" })).id;
  const people = [
    { clientId: clientA, name: "Ana Alvarez", email: "ana@a.example", tags: ["VIP", "newsletter"], emailConsent: true },
    { clientId: clientA, name: "Ben Brook", email: "ben@a.example", tags: ["newsletter"], whatsappConsent: true },
    { clientId: clientB, name: "Cleo Chen", email: "", tags: ["vip"], title: "CMO" },
    { clientId: clientB, name: "Dan Diaz", email: "dan@b.example", tags: [], emailConsent: true, smsConsent: true },
  ];
  for (const person of people) await caller.contacts.create(person);
});

const preview = (definition: TSegmentDefinition) => caller.contacts.previewSegment(definition);
const names = async (definition: TSegmentDefinition) => (await preview(definition)).sample.map((c) => c.name);

describe("contacts and segments", () => {
  it("stores contacts with lower-case tags and empty fields as not set", async () => {
    const list = await caller.contacts.list({ clientId: clientB });
    const cleo = list.items.find((c) => c.name === "Cleo Chen");
    expect(cleo).toMatchObject({ email: null, tags: ["vip"], title: "CMO", client: { name: "Client B" } });
  });

  it("previews a segment by every kind of rule, matching all or any", async () => {
    expect(await names({ match: "all", rules: [{ field: "tag", op: "is", value: "VIP" }] })).toEqual([
      "Ana Alvarez",
      "Cleo Chen",
    ]);
    expect(await names({ match: "all", rules: [{ field: "tag", op: "is_not", value: "newsletter" }] })).toEqual([
      "Cleo Chen",
      "Dan Diaz",
    ]);
    expect(await names({ match: "all", rules: [{ field: "email", op: "contains", value: "@A.example" }] })).toEqual([
      "Ana Alvarez",
      "Ben Brook",
    ]);
    expect(await names({ match: "all", rules: [{ field: "email", op: "is_empty", value: "" }] })).toEqual([
      "Cleo Chen",
    ]);
    expect(
      await names({
        match: "all",
        rules: [
          { field: "emailConsent", op: "is", value: true },
          { field: "client", op: "is", value: clientB },
        ],
      }),
    ).toEqual(["Dan Diaz"]);
    expect(
      await names({
        match: "any",
        rules: [
          { field: "smsConsent", op: "is", value: true },
          { field: "whatsappConsent", op: "is", value: true },
        ],
      }),
    ).toEqual(["Ben Brook", "Dan Diaz"]);
    expect(
      (await preview({ match: "all", rules: [{ field: "createdAt", op: "after", value: "2000-01-01" }] })).count,
    ).toBe(4);
    expect(
      (await preview({ match: "all", rules: [{ field: "createdAt", op: "before", value: "2000-01-01" }] })).count,
    ).toBe(0);
  });

  it("saves a segment and lists it with its live count", async () => {
    const saved = await caller.contacts.saveSegment({
      name: "Newsletter",
      definition: { match: "all", rules: [{ field: "tag", op: "is", value: "newsletter" }] },
    });
    let segments = await caller.contacts.segments();
    expect(segments.find((s) => s.id === saved.id)).toMatchObject({ name: "Newsletter", count: 2 });
    await caller.contacts.create({ clientId: clientB, name: "Eve East", tags: ["newsletter"] });
    segments = await caller.contacts.segments();
    expect(segments.find((s) => s.id === saved.id)?.count).toBe(3);
  });

  it("keeps agencies apart and refuses bad rules and roles", async () => {
    const other = await createAgency();
    const theirs = ownerCaller(other);
    expect(
      (await theirs.contacts.previewSegment({ match: "all", rules: [{ field: "tag", op: "is", value: "vip" }] })).count,
    ).toBe(0);
    expect((await trpcError(theirs.contacts.create({ clientId: clientA, name: "x" }))).code).toBe("NOT_FOUND");
    const badRule = await trpcError(
      caller.contacts.previewSegment({
        match: "all",
        rules: [{ field: "createdAt", op: "after", value: "yesterday" }],
      }),
    );
    expect(badRule.code).toBe("BAD_REQUEST");
    const viewer = await addMember(agency, "viewer");
    const asViewer = ownerCaller({ ...agency, owner: viewer });
    expect((await trpcError(asViewer.contacts.create({ clientId: clientA, name: "x" }))).code).toBe("FORBIDDEN");
    const member = await addMember(agency, "member");
    const anyContact = (await caller.contacts.list({})).items[0];
    expect(
      (await trpcError(ownerCaller({ ...agency, owner: member }).contacts.delete({ id: anyContact?.id ?? "" }))).code,
    ).toBe("FORBIDDEN");
  });
});
