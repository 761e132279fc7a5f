import { createCaller } from "@/server/api/root";
import { dropDatabase } from "@/server/db/admin-sql";
import { prepareDatabase } from "@/server/db/bootstrap";
import { createAgencyAccount } from "@/server/services/accounts/sign-up";
import { adminUrl, MODEL } from "./config";

/** An agency whose owner chats with one agent wired to the local model server. */
export type BenchAgency = {
  organizationId: string;
  owner: { id: string; email: string; name: string };
  agentId: string;
};

export const META = { ip: "127.0.0.1", userAgent: "bench/stream-overhead" };

/** Every bench owner's password (the HTTP path signs in with it). */
export const OWNER_PASSWORD = "stream bench password";

/**
 * One agency with an OpenAI-compatible provider pointing at `modelUrl` and a Client Management
 * agent (three tools) using it, made through the app's own sign-up use case and tRPC procedures.
 */
async function createBenchAgency(modelUrl: string, no: number): Promise<BenchAgency> {
  const owner = { email: `owner-${no}@stream-bench.example`, name: `Bench Owner ${no}` };
  const created = await createAgencyAccount(
    { ...owner, password: OWNER_PASSWORD, agencyName: `Stream Bench Agency ${no}` },
    META,
  );
  const caller = createCaller({
    user: { id: created.userId, ...owner },
    meta: META,
    activeOrgId: created.organizationId,
    resHeaders: new Headers(),
  });
  const provider = await caller.providers.create({
    name: "Local model",
    kind: "openai_compatible",
    baseUrl: modelUrl,
    apiKey: MODEL.apiKey,
    defaultModel: MODEL.id,
    models: [{ id: MODEL.id, inputPerMillion: 0.15, outputPerMillion: 0.6 }],
  });
  const agent = await caller.agents.create({
    template: "client_management",
    name: "Stream bench agent",
    providerId: provider.id,
  });
  return { organizationId: created.organizationId, owner: { id: created.userId, ...owner }, agentId: agent.id };
}

/** A fresh bench database (dropped, then migrated with the repo's migrations) with `count` agencies. */
export async function createFixture(
  modelUrl: string,
  count: number,
  log: (message: string) => void,
): Promise<BenchAgency[]> {
  log(`Creating ${new URL(adminUrl).pathname.slice(1)} with ${count} agencies`);
  await dropDatabase(adminUrl);
  await prepareDatabase(adminUrl, { log });
  const agencies: BenchAgency[] = [];
  for (let no = 1; no <= count; no += 1) agencies.push(await createBenchAgency(modelUrl, no));
  return agencies;
}
