import { afterAll, describe, expect, it } from "vitest";
import { CAMPAIGN_STATUSES, CAMPAIGN_TRANSITIONS, type CampaignStatus } from "@/lib/schemas/campaigns";
import {
  addMember,
  adminSql,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  type TestAgency,
} from "@/test/factories";

afterAll(closeConnections);

async function newCampaign(
  agency: TestAgency,
  overrides: Partial<{ name: string; channels: ("search" | "social" | "email" | "display" | "whatsapp")[] }> = {},
) {
  const caller = ownerCaller(agency);
  const client = await caller.clients.create({ name: "Campaign client" });
  return caller.campaigns.create({
    clientId: client.id,
    name: overrides.name ?? "Spring launch",
    channels: overrides.channels ?? ["search", "social"],
    objective: "Sign-ups for the spring range",
    budget: 12500.5,
    currency: "eur",
    startDate: "2026-03-01",
    endDate: "2026-05-31",
  });
}

/** Walks the shortest allowed path from draft to `target`. */
const PATH_TO: Record<CampaignStatus, CampaignStatus[]> = {
  draft: [],
  scheduled: ["scheduled"],
  active: ["scheduled", "active"],
  paused: ["scheduled", "active", "paused"],
  completed: ["scheduled", "active", "completed"],
  archived: ["archived"],
};

describe("campaigns", () => {
  it("creates a campaign with money and dates as the API speaks them, audited", async () => {
    const agency = await createAgency();
    const campaign = await newCampaign(agency);
    expect(campaign).toMatchObject({
      budget: 12500.5,
      currency: "EUR",
      startDate: "2026-03-01",
      endDate: "2026-05-31",
      status: "draft",
      client: { name: "Campaign client" },
    });
    const events = await adminSql<{ action: string }>(
      "SELECT action FROM audit_events WHERE organization_id = $1 AND target_id = $2",
      [agency.organizationId, campaign.id],
    );
    expect(events.map((e) => e.action)).toEqual(["campaign.create"]);
  });

  it("allows exactly the documented status transitions and refuses the rest with the allowed ones", async () => {
    const agency = await createAgency();
    const caller = ownerCaller(agency);
    for (const from of CAMPAIGN_STATUSES) {
      for (const to of CAMPAIGN_STATUSES) {
        if (from === to) continue;
        const campaign = await newCampaign(agency, { name: `${from} to ${to}` });
        for (const step of PATH_TO[from]) await caller.campaigns.transition({ id: campaign.id, to: step });
        const allowed = CAMPAIGN_TRANSITIONS[from].includes(to);
        if (allowed) {
          await expect(caller.campaigns.transition({ id: campaign.id, to })).resolves.toMatchObject({ status: to });
        } else {
          const error = await trpcError(caller.campaigns.transition({ id: campaign.id, to }));
          expect(error.code, `${from} -> ${to}`).toBe("PRECONDITION_FAILED");
          expect(error.message).toContain(`A ${from} campaign cannot become ${to}`);
        }
      }
    }
  });

  it("refuses an end date before the start date and a client of another agency", async () => {
    const agency = await createAgency();
    const other = await createAgency();
    const caller = ownerCaller(agency);
    const client = await caller.clients.create({ name: "Mine" });
    const foreign = await ownerCaller(other).clients.create({ name: "Theirs" });
    const base = {
      name: "x",
      channels: ["email" as const],
      objective: "y",
      budget: 1,
      currency: "USD",
      startDate: "2026-02-10",
    };
    const backwards = await trpcError(caller.campaigns.create({ ...base, clientId: client.id, endDate: "2026-02-01" }));
    expect(backwards.code).toBe("BAD_REQUEST");
    const stolen = await trpcError(caller.campaigns.create({ ...base, clientId: foreign.id }));
    expect(stolen.code).toBe("NOT_FOUND");
    const badDate = await trpcError(caller.campaigns.create({ ...base, clientId: client.id, startDate: "2026-02-30" }));
    expect(badDate.code).toBe("BAD_REQUEST");
  });

  it("lets a viewer read but not create, and hides campaigns from other agencies", async () => {
    const agency = await createAgency();
    const other = await createAgency();
    const campaign = await newCampaign(agency);
    const viewer = await addMember(agency, "viewer");
    const viewerCaller = ownerCaller({ ...agency, owner: viewer });
    await expect(viewerCaller.campaigns.get({ id: campaign.id })).resolves.toMatchObject({ id: campaign.id });
    const denied = await trpcError(
      viewerCaller.campaigns.create({
        clientId: campaign.clientId,
        name: "n",
        channels: ["search"],
        objective: "o",
        budget: 1,
        currency: "USD",
        startDate: "2026-01-01",
      }),
    );
    expect(denied.code).toBe("FORBIDDEN");
    const outsider = ownerCaller(other);
    expect((await trpcError(outsider.campaigns.get({ id: campaign.id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(outsider.campaigns.transition({ id: campaign.id, to: "scheduled" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await outsider.campaigns.list({})).items.map((c) => c.id)).not.toContain(campaign.id);
  });
});
