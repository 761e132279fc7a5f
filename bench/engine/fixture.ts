import { createCaller } from "@/server/api/root";
import { dropDatabase } from "@/server/db/admin-sql";
import { prepareDatabase } from "@/server/db/bootstrap";
import { createAgencyAccount } from "@/server/services/accounts/sign-up";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { adminUrl, LONG_CHAIN, SHORT_CHAIN } from "./config";
import { chainGraph, webhookGraph } from "./graphs";

export const META = { ip: "127.0.0.1", userAgent: "bench/engine" };

export type Webhook = { workflowId: string; path: string };

export type Fixture = {
  organizationId: string;
  owner: { id: string; email: string; name: string };
  /** The first agency's published workflows: the two chains and the webhook flow. */
  shortChainId: string;
  longChainId: string;
  webhook: Webhook;
  /** The same webhook flow published in every agency, the first agency's first. */
  webhooks: Webhook[];
};

async function signUp(no: number) {
  const owner = { email: `owner-${no}@engine-bench.example`, name: `Engine Bench Owner ${no}` };
  const created = await createAgencyAccount(
    { ...owner, password: "engine bench password", agencyName: `Engine Bench Agency ${no}` },
    META,
  );
  const caller = createCaller({
    user: { id: created.userId, ...owner },
    meta: META,
    activeOrgId: created.organizationId,
    resHeaders: new Headers(),
  });
  const publish = async (name: string, graph: TWorkflowGraph) => {
    const workflow = await caller.workflows.create({ name, graph });
    await caller.workflows.publish({ id: workflow.id, baseRevision: workflow.draftRevision, note: "bench" });
    return workflow;
  };
  const hook = await publish("Webhook → transform → condition → output", webhookGraph());
  if (!hook.webhookPath) throw new Error("the owner should see the webhook's address");
  return {
    organizationId: created.organizationId,
    owner: { id: created.userId, ...owner },
    publish,
    webhook: { workflowId: hook.id, path: hook.webhookPath },
  };
}

/**
 * A fresh bench database (dropped, then migrated with the repo's migrations) and `agencies`
 * agencies made through the sign-up use case, each with the webhook flow created and published
 * through tRPC, as a person in the editor would. The first agency also gets the short and the
 * long chain of no-op steps.
 */
export async function createFixture(agencies: number, log: (message: string) => void): Promise<Fixture> {
  log(`Creating ${new URL(adminUrl).pathname.slice(1)} with ${agencies} agencies`);
  await dropDatabase(adminUrl);
  await prepareDatabase(adminUrl, { log });
  const first = await signUp(1);
  const short = await first.publish(`Chain of ${SHORT_CHAIN}`, chainGraph(SHORT_CHAIN));
  const long = await first.publish(`Chain of ${LONG_CHAIN}`, chainGraph(LONG_CHAIN));
  const webhooks = [first.webhook];
  for (let no = 2; no <= agencies; no += 1) webhooks.push((await signUp(no)).webhook);
  return {
    organizationId: first.organizationId,
    owner: first.owner,
    shortChainId: short.id,
    longChainId: long.id,
    webhook: first.webhook,
    webhooks,
  };
}
