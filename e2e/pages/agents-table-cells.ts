import { expect, type Locator } from "@playwright/test";
import type { AgentsPage } from "./agents-page";

/** A column of the agents table, as its heading reads. */
export type AgentColumn =
  | "Role"
  | "Model"
  | "Tools"
  | "Status"
  | "Visibility"
  | "Runs"
  | "Success"
  | "Cache hits"
  | "Latency p50 / p95"
  | "Tokens in / out"
  | "Cost";

/**
 * The cell of one agent's row under `column`, found by the column's heading rather than a
 * fixed position, so adding a column does not shift what a test reads.
 */
export async function agentCell(agents: AgentsPage, name: string, column: AgentColumn): Promise<Locator> {
  await expect(agents.row(name)).toBeVisible();
  const headings = (await agents.table.getByRole("columnheader").allTextContents()).map((text) => text.trim());
  const index = headings.indexOf(column);
  if (index < 0) throw new Error(`The agents table has no "${column}" column; it has ${headings.join(", ")}.`);
  return agents.row(name).getByRole("cell").nth(index);
}
