import { createCaller } from "@/server/api/root";
import { ANCHOR_DAY, orgId, userId, type AgencyShape } from "./config";

export type Caller = ReturnType<typeof createCaller>;

/** The owner of agency `agencyNo`, signed in with that agency active: what a browser request carries. */
export function ownerCaller(agencyNo: number): Caller {
  const id = userId(agencyNo);
  const padded = id.slice(4);
  return createCaller({
    user: { id, email: `owner-${padded}@agency-${padded}.example`, name: `Owner ${padded}` },
    meta: { ip: "127.0.0.1", userAgent: "bench/data" },
    activeOrgId: orgId(agencyNo),
    resHeaders: new Headers(),
  });
}

export type Scenario = {
  name: string;
  procedure: "campaigns.list" | "metrics.analytics" | "contacts.list";
  agencies: AgencyShape;
  /** Counted against the target (analytics p95 < 50 ms). */
  target?: boolean;
  /** Iterations whose SQL is EXPLAINed (they pick the search term); default [0]. */
  explain?: number[];
  call: (caller: Caller, agencyNo: number, iteration: number) => Promise<unknown>;
};

const DAY_MS = 86_400_000;
/** The last `days` days up to the anchor day, as the dashboard's date picker sends them. */
export const lastDays = (days: number) => ({
  from: new Date(Date.parse(`${ANCHOR_DAY}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10),
  to: ANCHOR_DAY,
});

/** Contact search terms: a surname, a three-letter prefix, a first name, a tag, an email domain. */
export const CONTACT_TERMS = ["garcia", "mar", "priya", "newsletter", "harbor"] as const;
const CAMPAIGN_TERMS = ["sale", "launch", "harbor"] as const;
const term = <T>(terms: readonly T[], iteration: number) => terms[iteration % terms.length] as T;
const firstClient = (agencyNo: number) => `cli_${String(agencyNo).padStart(4, "0")}_1`;

export const SCENARIOS: Scenario[] = [
  {
    name: "campaigns.list, first page",
    procedure: "campaigns.list",
    agencies: "regular",
    call: (caller) => caller.campaigns.list({}),
  },
  {
    name: "campaigns.list, search",
    procedure: "campaigns.list",
    agencies: "regular",
    call: (caller, _, i) => caller.campaigns.list({ search: term(CAMPAIGN_TERMS, i) }),
  },
  {
    name: "metrics.analytics, agency, 30 days",
    procedure: "metrics.analytics",
    agencies: "regular",
    target: true,
    call: (caller) => caller.metrics.analytics(lastDays(30)),
  },
  {
    name: "metrics.analytics, agency, 90 days",
    procedure: "metrics.analytics",
    agencies: "regular",
    target: true,
    call: (caller) => caller.metrics.analytics(lastDays(90)),
  },
  {
    name: "metrics.analytics, one client, 90 days",
    procedure: "metrics.analytics",
    agencies: "regular",
    target: true,
    call: (caller, agencyNo) => caller.metrics.analytics({ ...lastDays(90), clientId: firstClient(agencyNo) }),
  },
  {
    name: "contacts.list, first page",
    procedure: "contacts.list",
    agencies: "regular",
    call: (caller) => caller.contacts.list({}),
  },
  {
    name: "contacts.list, search",
    procedure: "contacts.list",
    agencies: "regular",
    explain: [0, 1],
    call: (caller, _, i) => caller.contacts.list({ search: term(CONTACT_TERMS, i) }),
  },
  {
    name: "campaigns.list, first page",
    procedure: "campaigns.list",
    agencies: "big",
    call: (caller) => caller.campaigns.list({}),
  },
  {
    name: "metrics.analytics, agency, 30 days",
    procedure: "metrics.analytics",
    agencies: "big",
    target: true,
    call: (caller) => caller.metrics.analytics(lastDays(30)),
  },
  {
    name: "metrics.analytics, agency, 90 days",
    procedure: "metrics.analytics",
    agencies: "big",
    target: true,
    call: (caller) => caller.metrics.analytics(lastDays(90)),
  },
  {
    name: "metrics.analytics, agency, 365 days",
    procedure: "metrics.analytics",
    agencies: "big",
    target: true,
    call: (caller) => caller.metrics.analytics(lastDays(365)),
  },
  {
    name: "contacts.list, search",
    procedure: "contacts.list",
    agencies: "big",
    explain: [0, 1],
    call: (caller, _, i) => caller.contacts.list({ search: term(CONTACT_TERMS, i) }),
  },
];
