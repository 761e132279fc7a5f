import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminSql,
  appError,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { OFFLINE_MODEL_LABEL } from "../offline-model";
import { agentsDelegate, MAX_DELEGATION_DEPTH } from "./agents-delegate";
import type { ToolContext } from "./types";

let server: OpenAIServer;
let agency: TestAgency;
let caller: Caller;
let ctx: ToolContext;
let providerId: string;
const ids: Record<string, string> = {};

async function runsOf(agentId: string) {
  return adminSql<{ id: string; parent_run_id: string | null; depth: number; status: string; error: string | null }>(
    "SELECT id, parent_run_id, depth, status::text, error FROM agent_runs WHERE agent_id = $1 ORDER BY created_at",
    [agentId],
  );
}

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: "sk-delegate-test-1234", models: ["gpt-test-mini"] });
  agency = await createAgency();
  caller = ownerCaller(agency);
  providerId = (
    await caller.providers.create({
      name: "Local",
      kind: "openai_compatible",
      baseUrl: server.url,
      apiKey: "sk-delegate-test-1234",
      defaultModel: "gpt-test-mini",
      models: [{ id: "gpt-test-mini", inputPerMillion: 1, outputPerMillion: 2 }],
    })
  ).id;
  for (const name of ["Lead", "Middle", "Last"]) {
    ids[name] = (
      await caller.agents.create({ template: "custom", name, providerId, tools: ["agents.delegate", "clients.search"] })
    ).id;
  }
  ctx = { organizationId: agency.organizationId, actor: ownerAccess(agency).actor, agentId: ids.Lead!, depth: 0 };
});

afterAll(async () => {
  await server.close();
  await closeConnections();
});

describe("agents.delegate", () => {
  it("runs the named agent on the task and returns its answer, recorded as a child run", async () => {
    const analytics = (await caller.agents.list()).find((a) => a.name === "Analytics")!;
    const result = await agentsDelegate.execute(ctx, { agent: "analytics", task: "What can you do?" });
    expect(result).toMatchObject({ agent: "Analytics", status: "succeeded" });
    expect(result.answer.startsWith(OFFLINE_MODEL_LABEL)).toBe(true);
    const [run] = (await runsOf(analytics.id)).slice(-1);
    expect(run).toMatchObject({ id: result.runId, depth: 1, status: "succeeded" });
    const audit = await adminSql<{ after: { runId: string; delegatedBy: string } }>(
      "SELECT after FROM audit_events WHERE action = 'agent.run' AND target_id = $1 ORDER BY seq DESC LIMIT 1",
      [analytics.id],
    );
    expect(audit[0]?.after).toMatchObject({ runId: result.runId, delegatedBy: ids.Lead });
  });

  it(`stops at ${MAX_DELEGATION_DEPTH} hand-offs: a chain Lead → Middle → Last cannot go further`, async () => {
    server.script([
      { kind: "tool_call", name: "agents_delegate", arguments: { agent: "Last", task: "Dig deeper" } },
      { kind: "tool_call", name: "agents_delegate", arguments: { agent: "Middle", task: "And deeper still" } },
      { kind: "text", text: "Last did it alone." },
      { kind: "text", text: "Middle reports: Last did it alone." },
    ]);
    const result = await agentsDelegate.execute({ ...ctx, runId: null }, { agent: "Middle", task: "Look into it" });
    expect(result).toMatchObject({
      agent: "Middle",
      answer: "Middle reports: Last did it alone.",
      toolsUsed: ["agents.delegate"],
    });
    const [middle] = (await runsOf(ids.Middle!)).slice(-1);
    const [last] = (await runsOf(ids.Last!)).slice(-1);
    expect(middle).toMatchObject({ depth: 1, parent_run_id: null, status: "succeeded" });
    expect(last).toMatchObject({ depth: 2, parent_run_id: middle!.id, status: "succeeded" });
    const refused = await adminSql<{ name: string; error: string | null }>(
      "SELECT name, error FROM tool_calls WHERE run_id = $1",
      [last!.id],
    );
    expect(refused).toEqual([{ name: "agents.delegate", error: expect.stringMatching(/at most 2 hand-offs/) }]);
    // The refusal went back to Last's model as the tool's result, not as a crash.
    expect(JSON.stringify(server.requests.at(-2)!.body.messages)).toMatch(/at most 2 hand-offs/);
  });

  it("refuses the depth limit outright, itself, and agents of other agencies", async () => {
    expect(
      (await appError(agentsDelegate.execute({ ...ctx, depth: MAX_DELEGATION_DEPTH }, { agent: "Middle", task: "x" })))
        .message,
    ).toMatch(/at most 2 hand-offs/);
    expect((await appError(agentsDelegate.execute(ctx, { agent: "Lead", task: "x" }))).message).toMatch(/That is you/);
    const other = await createAgency();
    await ownerCaller(other).agents.create({ template: "custom", name: "Outsider" });
    const error = await appError(agentsDelegate.execute(ctx, { agent: "Outsider", task: "x" }));
    expect(error.message).toMatch(/No agent is called "Outsider"\. The agents are: .*Middle/);
  });

  it("waits for the asking run's row before recording the delegated run that points at it", async () => {
    const parentRunId = `run-parent-${Date.now()}`;
    // The asking run's row lands 150 ms later, as a chat's does while its model already runs.
    const runRecorded = new Promise<void>((resolve) => setTimeout(resolve, 1000)).then(() =>
      adminSql(
        `INSERT INTO agent_runs (id, organization_id, agent_id, model, status, latency_ms)
         VALUES ($1, $2, $3, 'gpt-test-mini', 'running', 0)`,
        [parentRunId, agency.organizationId, ids.Lead],
      ),
    );
    const result = await agentsDelegate.execute(
      { ...ctx, runId: parentRunId, runRecorded },
      {
        agent: "Analytics",
        task: "What can you do?",
      },
    );
    const [child] = await adminSql<{ parent_run_id: string }>("SELECT parent_run_id FROM agent_runs WHERE id = $1", [
      result.runId,
    ]);
    expect(child?.parent_run_id).toBe(parentRunId);
  });

  it("hands a provider failure back as the tool's error, with the child run marked failed", async () => {
    server.script({ kind: "error", status: 401 });
    const error = await appError(agentsDelegate.execute(ctx, { agent: "Last", task: "Try" }));
    expect(error.message).toMatch(/^Last could not finish the task: The provider refused the API key/);
    const [run] = (await runsOf(ids.Last!)).slice(-1);
    expect(run).toMatchObject({ status: "failed", depth: 1 });
  });
});
