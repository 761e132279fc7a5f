import { createCaller } from "@/server/api/root";
import { dropDatabase } from "@/server/db/admin-sql";
import { prepareDatabase } from "@/server/db/bootstrap";
import { createAgencyAccount } from "@/server/services/accounts/sign-up";
import { GRAPH_VERSION } from "@/lib/workflow/graph";
import { adminUrl } from "./config";
import { benchGraph, type BenchGraph } from "./graph";

const META = { ip: "127.0.0.1", userAgent: "bench/editor" };

/** The owner the browser signs in as. */
export const OWNER = {
  email: "owner@editor-bench.example",
  name: "Editor Bench Owner",
  password: "editor bench password",
} as const;

export type BenchWorkflow = BenchGraph & { size: number; id: string; draftRevision: number };

/**
 * A fresh bench database (dropped, then migrated with the repo's migrations), one agency signed
 * up through the app's use case, and one workflow per size whose draft is saved through
 * `workflows.saveDraft`, as the editor's autosave would save it. Every draft must have no problems.
 */
export async function createFixture(
  sizes: readonly number[],
  log: (message: string) => void,
): Promise<BenchWorkflow[]> {
  log(`Creating ${new URL(adminUrl).pathname.slice(1)}`);
  await dropDatabase(adminUrl);
  await prepareDatabase(adminUrl, { log });
  const { email, name, password } = OWNER;
  const created = await createAgencyAccount({ email, name, password, agencyName: "Editor Bench Agency" }, META);
  const caller = createCaller({
    user: { id: created.userId, email, name },
    meta: META,
    activeOrgId: created.organizationId,
    resHeaders: new Headers(),
  });
  const workflows: BenchWorkflow[] = [];
  for (const size of sizes) {
    const built = benchGraph(size);
    const workflow = await caller.workflows.create({
      name: `Editor bench, ${size.toLocaleString("en-US")} steps`,
      graph: { version: GRAPH_VERSION, nodes: [], edges: [] },
    });
    const saved = await caller.workflows.saveDraft({
      id: workflow.id,
      graph: built.graph,
      baseRevision: workflow.draftRevision,
    });
    if (saved.problems.length > 0) {
      const first = saved.problems.slice(0, 3).map((p) => p.message);
      throw new Error(`the ${size}-step draft has ${saved.problems.length} problems: ${first.join(" ")}`);
    }
    workflows.push({ ...built, size, id: workflow.id, draftRevision: saved.revision });
    log(
      `  ${size} steps, ${built.graph.edges.length} connections on a ${built.columns} × ${built.rows} grid: workflow ${workflow.id}`,
    );
  }
  return workflows;
}
