import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminSql,
  appError,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  type TestAgency,
} from "@/test/factories";
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { OFFLINE_MODEL_LABEL } from "../../ai/offline-model";
import { agentExecutor } from "./agent";
import { testNodeContext } from "./side-effect-test-context";

const KEY = "sk-agent-step-0123456789ABCD";

let server: OpenAIServer;
let agency: TestAgency;
let providerAgentId: string;
let offlineAgentId: string;

const stepContext = (input: unknown = {}) => {
  const access = ownerAccess(agency);
  return testNodeContext({
    organizationId: access.organizationId,
    actor: access.actor,
    runId: `wfrun_${Math.random().toString(36).slice(2)}`,
    nodeId: "write_brief",
    scope: { input },
  });
};

const agentRun = async (id: string) =>
  (
    await adminSql<{ status: string; error: string | null; input_tokens: number; cost_usd: string }>(
      "SELECT status::text, error, input_tokens, cost_usd::text FROM agent_runs WHERE id = $1",
      [id],
    )
  )[0];

/** The newest run of an agent: a failed step passes on no run id. */
const lastRun = async (agentId: string) =>
  (
    await adminSql<{ id: string; status: string; error: string | null }>(
      "SELECT id, status::text, error FROM agent_runs WHERE agent_id = $1 ORDER BY created_at DESC LIMIT 1",
      [agentId],
    )
  )[0];

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY, models: ["gpt-test-mini"] });
  agency = await createAgency();
  const caller = ownerCaller(agency);
  const provider = await caller.providers.create({
    name: "Local",
    kind: "openai_compatible",
    baseUrl: server.url,
    apiKey: KEY,
    defaultModel: "gpt-test-mini",
    models: [{ id: "gpt-test-mini", inputPerMillion: 2, outputPerMillion: 8 }],
  });
  providerAgentId = (
    await caller.agents.create({ template: "client_management", name: "Brief writer", providerId: provider.id })
  ).id;
  offlineAgentId = (await caller.agents.list()).find((a) => a.template === "client_management" && !a.providerId)!.id;
});

afterAll(async () => {
  await server.close();
  await closeConnections();
});

describe("agent step", () => {
  it("runs the agent on the filled-in prompt, streams its tokens, and records the run with the workflow step", async () => {
    server.script({ kind: "text", text: "Three headlines for Bluebird are ready." });
    const ctx = stepContext({ client: "Bluebird Coffee" });
    const result = await agentExecutor(ctx, {
      agentId: providerAgentId,
      prompt: "Write headlines for {{ input.client }}.",
    });

    expect(result.kind).toBe("done");
    if (result.kind !== "done") return;
    const output = result.output as { answer: string; agent: string; agentRunId: string; toolsUsed: string[] };
    expect(output).toEqual({
      answer: "Three headlines for Bluebird are ready.",
      agent: "Brief writer",
      agentRunId: expect.stringMatching(/^run/) as string,
      toolsUsed: [],
    });
    expect(ctx.tokens.join("")).toBe(output.answer);
    expect(ctx.tokens.length).toBeGreaterThan(1);

    const request = server.requests.at(-1)!;
    expect(JSON.stringify(request.body.messages)).toContain("Write headlines for Bluebird Coffee.");
    const { prompt_tokens: inputTokens = 0, completion_tokens: outputTokens = 0 } = request.usage ?? {};
    expect(result.usage).toEqual({
      inputTokens,
      outputTokens,
      costUsd: Math.round(inputTokens * 2 + outputTokens * 8) / 1_000_000,
    });
    expect(inputTokens).toBeGreaterThan(0);

    expect(await agentRun(output.agentRunId)).toMatchObject({
      status: "succeeded",
      error: null,
      input_tokens: inputTokens,
    });
    const audit = await adminSql<{ after: Record<string, unknown> }>(
      "SELECT after FROM audit_events WHERE action = 'agent.run' AND after->>'runId' = $1",
      [output.agentRunId],
    );
    expect(audit[0]?.after).toMatchObject({ workflowRunId: ctx.runId, nodeId: "write_brief" });
  });

  it("runs an agent without a provider on the offline model", async () => {
    const result = await agentExecutor(stepContext(), { agentId: offlineAgentId, prompt: "What can you do?" });
    expect(result).toMatchObject({
      kind: "done",
      output: { answer: expect.stringMatching(new RegExp(`^${OFFLINE_MODEL_LABEL}`)) as string, toolsUsed: [] },
      usage: { costUsd: 0 },
    });
  });

  it("fails the step with the agent's error when the model call fails, and marks the run failed", async () => {
    server.script({ kind: "error", status: 400, message: "This model does not take that request." });
    const error = await appError(agentExecutor(stepContext(), { agentId: providerAgentId, prompt: "Go." }));
    expect(error.message).toBe(
      "Brief writer did not finish: The provider answered 400: This model does not take that request.",
    );
    expect(await lastRun(providerAgentId)).toMatchObject({
      status: "failed",
      error: expect.stringContaining("400") as string,
    });
  });

  it("stops a stalled model call promptly when the step's signal is aborted", async () => {
    server.script({ kind: "stall", afterChunks: 2, text: "This answer never ends because the server stalls." });
    const ctx = stepContext();
    const pending = appError(agentExecutor(ctx, { agentId: providerAgentId, prompt: "Stall, please." }));
    while (ctx.tokens.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const aborted = performance.now();
    ctx.abort(new DOMException("The run was cancelled.", "AbortError"));
    const error = await pending;
    expect(performance.now() - aborted).toBeLessThan(1_000);
    expect(error.message).toBe("Brief writer did not finish: Stopped before it finished.");
    await expect.poll(() => server.requests.at(-1)?.closedByClient, { timeout: 1_000 }).toBe(true);
    expect(await lastRun(providerAgentId)).toMatchObject({ status: "aborted" });
  });

  it("refuses an agent of another agency and an empty prompt", async () => {
    const other = await createAgency();
    const otherAgentId = (await ownerCaller(other).agents.list())[0]!.id;
    const missing = await appError(agentExecutor(stepContext(), { agentId: otherAgentId, prompt: "Hello." }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toMatch(/^The agent this step runs was deleted or is not in this agency/);

    const empty = await appError(
      agentExecutor(stepContext(), { agentId: offlineAgentId, prompt: "{{ input.nothing }}" }),
    );
    expect(empty.message).toBe("The prompt is empty once filled in, so there is nothing to ask.");
  });
});
