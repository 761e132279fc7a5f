import pg from "pg";
import { appRoleUrl } from "@/server/db/bootstrap";
import { type AgencyShape, adminUrl } from "./config";
import { captureQueries, type CapturedQuery } from "./capture-sql";
import { ownerCaller, type Scenario } from "./scenarios";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
};
type ExplainJson = [{ Plan: PlanNode; "Planning Time": number; "Execution Time": number }];

export type ExplainedQuery = {
  scenario: string;
  agencies: AgencyShape;
  agencyNo: number;
  /** Which call of the scenario (it picks the search term). */
  iteration: number;
  /** The tenant the transaction set (empty for the membership lookup that precedes it). */
  organizationId: string;
  sql: string;
  params: unknown[];
  planningMs: number;
  executionMs: number;
  /** Every scan in the plan, e.g. "Index Scan using campaign_metrics_organization_id_date_idx on campaign_metrics". */
  scans: string[];
  /** Tables read by a sequential scan. */
  seqScans: string[];
  plan: string;
};

function scansOf(node: PlanNode): string[] {
  const own = node["Node Type"].includes("Scan")
    ? [
        [
          node["Node Type"],
          node["Index Name"] && `using ${node["Index Name"]}`,
          node["Relation Name"] && `on ${node["Relation Name"]}`,
        ]
          .filter(Boolean)
          .join(" "),
      ]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}

/**
 * EXPLAIN ANALYZE of one captured statement as `switchboard_app`, inside a transaction opened
 * with the same `set_config` the app sent, so row-level security is in the plan. Execution time
 * comes from a run without per-node timing (whose clock calls inflate aggregates); the plan
 * shown is a second run with timing and buffers. Rolled back: nothing it does stays.
 */
async function explainOne(client: pg.Client, query: CapturedQuery) {
  await client.query("BEGIN");
  try {
    if (query.settings) await client.query(query.settings.text, query.settings.values);
    const json = await client.query<{ "QUERY PLAN": ExplainJson }>(
      `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${query.text}`,
      query.values,
    );
    const text = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
    const root = json.rows[0]?.["QUERY PLAN"][0];
    if (!root) throw new Error(`EXPLAIN returned no plan for: ${query.text}`);
    const scans = scansOf(root.Plan);
    return {
      planningMs: root["Planning Time"],
      executionMs: root["Execution Time"],
      scans,
      seqScans: scans.filter((scan) => scan.startsWith("Seq Scan")).map((scan) => scan.replace(/^Seq Scan on /, "")),
      plan: text.rows.map((row) => row["QUERY PLAN"]).join("\n"),
    };
  } finally {
    await client.query("ROLLBACK");
  }
}

/**
 * Runs each scenario once for one agency of its shape (twice for the searches: two terms),
 * captures the SQL its procedure sends, the membership lookup included, and EXPLAINs every
 * statement.
 */
export async function explainScenarios(
  scenarios: Scenario[],
  agencyOf: Record<AgencyShape, number>,
): Promise<ExplainedQuery[]> {
  const client = new pg.Client({ connectionString: appRoleUrl(adminUrl) });
  await client.connect();
  const explained: ExplainedQuery[] = [];
  try {
    for (const scenario of scenarios) {
      const agencyNo = agencyOf[scenario.agencies];
      for (const iteration of scenario.explain ?? [0]) {
        const { queries } = await captureQueries(() => scenario.call(ownerCaller(agencyNo), agencyNo, iteration));
        for (const query of queries) {
          explained.push({
            scenario: scenario.name,
            agencies: scenario.agencies,
            agencyNo,
            iteration,
            organizationId: String(query.settings?.values[0] ?? ""),
            sql: query.text,
            params: query.values,
            ...(await explainOne(client, query)),
          });
        }
      }
    }
  } finally {
    await client.end();
  }
  return explained;
}
