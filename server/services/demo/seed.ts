import type { Role } from "@/lib/permissions";
import type { TCreateClientInput } from "@/lib/schemas/clients";
import { recordAudit, type AuditActor } from "../../audit/record";
import { hashPassword } from "../../auth/password";
import { withDb } from "../../db/client";
import { createAgencyAccount } from "../accounts/sign-up";
import { createClient } from "../clients/clients";
import { seedDemoAssets } from "./asset-seed";
import { seedDemoCampaigns } from "./campaign-seed";
import { seedDemoContacts } from "./contact-seed";
import { seedDemoTasks } from "./task-seed";

export type DemoAgency = {
  name: string;
  people: { name: string; email: string; role: Role }[];
  clients: TCreateClientInput[];
  /** Campaigns with 90 days of metrics, and a dozen tasks (the main demo agency). */
  withWork?: boolean;
};

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    name: "Northwind Creative",
    withWork: true,
    people: [
      { name: "Olivia Owner", email: "owner@northwind.example", role: "owner" },
      { name: "Adam Admin", email: "admin@northwind.example", role: "admin" },
      { name: "Mia Member", email: "member@northwind.example", role: "member" },
      { name: "Victor Viewer", email: "viewer@northwind.example", role: "viewer" },
    ],
    clients: [
      {
        name: "Bluebird Coffee",
        website: "https://bluebird-coffee.example",
        industry: "Food & beverage",
        status: "active",
        tags: ["retail", "social"],
        notes: "Quarterly brand refresh; prefers warm, playful tone.",
        brandBannedWords: ["cheap", "cheapest", "best coffee in the world", "guaranteed"],
        brandDisclaimers: ["Prices and availability vary by store."],
        brandToneKeywords: ["warm", "playful", "fresh", "local", "roasted"],
      },
      {
        name: "Summit Outdoor Gear",
        website: "https://summit-gear.example",
        industry: "Retail",
        status: "active",
        tags: ["ecommerce", "search"],
        notes: "Peak season is October to December.",
        brandBannedWords: ["unbreakable", "indestructible", "lifetime guarantee", "bargain"],
        brandDisclaimers: ["Free returns within 30 days of delivery."],
        brandToneKeywords: ["adventure", "rugged", "trail-tested", "explore"],
      },
      {
        name: "Harbor Health Clinics",
        website: "https://harbor-health.example",
        industry: "Healthcare",
        status: "lead",
        tags: ["regulated"],
        notes: "Every ad needs the medical disclaimer.",
        brandBannedWords: ["cure", "miracle", "risk-free", "guaranteed results", "100% safe"],
        brandDisclaimers: [
          "This is not medical advice. Talk to your doctor about what is right for you.",
          "Appointments subject to availability.",
        ],
        brandToneKeywords: ["caring", "trusted", "expert", "community"],
      },
    ],
  },
  {
    name: "Contoso Media",
    people: [{ name: "Carla Contoso", email: "owner@contoso.example", role: "owner" }],
    clients: [
      {
        name: "Fabrikam Motors",
        website: "https://fabrikam.example",
        industry: "Automotive",
        status: "active",
        tags: ["display"],
        brandBannedWords: ["cheap", "best deal in town", "no-brainer"],
        brandDisclaimers: ["Offer subject to credit approval. See your dealer for details."],
        brandToneKeywords: ["reliable", "performance", "drive"],
      },
    ],
  },
];

const SEED_META = { ip: "127.0.0.1", userAgent: "switchboard-seed" } as const;

/**
 * Seeds the demo agencies through the same services the app uses (so they are audited and
 * isolated like real data). Idempotent: an agency whose owner already exists is left alone.
 */
export async function seedDemo(password: string, log: (message: string) => void = () => undefined): Promise<void> {
  const passwordHash = await hashPassword(password);
  for (const agency of DEMO_AGENCIES) {
    const [owner, ...others] = agency.people;
    if (!owner) continue;
    const exists = await withDb({ loginEmail: owner.email }, (db) =>
      db.user.findUnique({ where: { email: owner.email }, select: { id: true } }),
    );
    if (exists) {
      log(`${agency.name}: already seeded`);
      continue;
    }
    const created = await createAgencyAccount(
      { name: owner.name, email: owner.email, password, agencyName: agency.name },
      SEED_META,
    );
    const actor: AuditActor = { userId: created.userId, label: owner.email, ...SEED_META };
    for (const person of others) {
      await withDb({ organizationId: created.organizationId, loginEmail: person.email }, async (db) => {
        const user = await db.user.create({
          data: { email: person.email, name: person.name, passwordHash },
          select: { id: true },
        });
        const membership = await db.membership.create({
          data: { organizationId: created.organizationId, userId: user.id, role: person.role },
          select: { id: true },
        });
        await recordAudit(db, created.organizationId, actor, {
          action: "member.add",
          targetType: "membership",
          targetId: membership.id,
          after: { email: person.email, role: person.role },
        });
      });
    }
    const { metricRows, clientIds } = await withDb(
      { organizationId: created.organizationId, userId: created.userId },
      async (db) => {
        const ctx = { db, organizationId: created.organizationId, actor };
        const clientIds = new Map<string, string>();
        for (const client of agency.clients) clientIds.set(client.name, (await createClient(ctx, client)).id);
        const metricRows = agency.withWork ? await seedDemoCampaigns(ctx, clientIds) : 0;
        if (agency.withWork) {
          const members = await db.membership.findMany({ select: { user: { select: { id: true, email: true } } } });
          await seedDemoTasks(ctx, clientIds, new Map(members.map((m) => [m.user.email, m.user.id])));
          await seedDemoContacts(ctx, clientIds);
        }
        return { metricRows, clientIds };
      },
      { timeoutMs: 120_000 },
    );
    // Uploads store files first and open their own transactions, so assets come after.
    const assets = agency.withWork
      ? await seedDemoAssets(
          { organizationId: created.organizationId, organization: { name: agency.name, slug: created.slug } },
          clientIds,
          await demoPeople(created.organizationId, created.userId),
          SEED_META,
        )
      : 0;
    log(
      `${agency.name}: seeded ${agency.people.length} people, ${agency.clients.length} clients, ${metricRows} metric rows, ${assets} assets`,
    );
  }
}

/** The agency's people by email, as audit actors. */
async function demoPeople(organizationId: string, userId: string) {
  const members = await withDb({ organizationId, userId }, (db) =>
    db.membership.findMany({ select: { user: { select: { id: true, email: true } } } }),
  );
  return new Map(members.map((m) => [m.user.email, { userId: m.user.id, label: m.user.email }]));
}
