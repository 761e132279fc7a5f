import { withDatabase } from "@/server/db/admin-sql";

/** The bench database: its own database on DATABASE_URL's server (never the dev or test one). */
export const BENCH_DATABASE = "switchboard_bench";

export const adminUrl =
  process.env.BENCH_DATABASE_URL ??
  withDatabase(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", BENCH_DATABASE);

/**
 * Every metric day ends here, so reruns on another day query the same rows. The ranges the
 * benchmark asks for are relative to it.
 */
export const ANCHOR_DAY = "2026-11-20";

/**
 * Two shapes of agency. 998 regular ones and 2 big ones add up to exactly the sizes the issue
 * asks for: 1,000 agencies, 1,000,000 daily metric rows and 200,000 contacts.
 */
export const AGENCY_SHAPES = {
  // 6 campaigns x 2 channels x 75 days = 900 metric rows.
  regular: { agencies: 998, clients: 3, campaigns: 6, channels: 2, days: 75, contacts: 190 },
  // 25 campaigns x 4 channels x 509 days = 50,900 metric rows.
  big: { agencies: 2, clients: 10, campaigns: 25, channels: 4, days: 509, contacts: 5_190 },
} as const;

export type AgencyShape = keyof typeof AGENCY_SHAPES;

const total = (field: "agencies" | "contacts" | "metrics") =>
  Object.values(AGENCY_SHAPES).reduce(
    (sum, s) =>
      sum +
      s.agencies * (field === "agencies" ? 1 : field === "contacts" ? s.contacts : s.campaigns * s.channels * s.days),
    0,
  );

export const EXPECTED = {
  organizations: total("agencies"),
  campaign_metrics: total("metrics"),
  contacts: total("contacts"),
} as const;

/** Big agencies are numbered first: agency 1 and 2. */
export const shapeOf = (agencyNo: number): AgencyShape => (agencyNo <= AGENCY_SHAPES.big.agencies ? "big" : "regular");

export const orgId = (agencyNo: number) => `org_${String(agencyNo).padStart(4, "0")}`;
export const userId = (agencyNo: number) => `usr_${String(agencyNo).padStart(4, "0")}`;
