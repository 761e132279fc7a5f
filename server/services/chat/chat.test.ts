import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  adminSql,
  appError,
  callerFor,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { OFFLINE_MODEL_LABEL } from "../../ai/offline-model";
import { streamAgentChat } from "./chat";

const KEY = "sk-chat-test-0123456789ABCD";

let server: OpenAIServer;
let agency: TestAgency;
let caller: Caller;
let providerAgentId: string;
let offlineAgentId: string;
let counter = 0;

const message = (text: string) => ({
  id: `msg-user-${Date.now()}-${(counter += 1)}`,
  role: "user" as const,
  parts: [{ type: "text" as const, text }],
});

/** The text the UI would show, from the UI message stream's text deltas, and any error part. */
async function readStream(response: Response) {
  const events = (await response.text())
    .split("\n")
    .filter((line) => line.startsWith("data: ") && line !== "data: [DONE]")
    .map((line) => JSON.parse(line.slice(6)) as { type: string; delta?: string; errorText?: string });
  return {
    text: events.flatMap((e) => (e.type === "text-delta" && e.delta ? [e.delta] : [])).join(""),
    error: events.find((e) => e.type === "error")?.errorText ?? null,
    types: events.map((e) => e.type),
  };
}

/** The answer is saved when the stream ends; give the save a moment. */
async function savedAnswer(conversationUserMessageId: string) {
  for (let i = 0; i < 50; i += 1) {
    const rows = await adminSql<{ id: string; status: string; error: string | null; parts: unknown }>(
      `SELECT m.id, m.status::text, m.error, m.parts FROM chat_messages m
       WHERE m.conversation_id = (SELECT conversation_id FROM chat_messages WHERE id = $1) AND m.role = 'assistant'
       ORDER BY m.created_at DESC LIMIT 1`,
      [conversationUserMessageId],
    );
    const row = rows[0];
    if (row) {
      const runs = await adminSql<{ status: string; input_tokens: number; output_tokens: number; cost_usd: string }>(
        "SELECT status::text, input_tokens, output_tokens, cost_usd::text FROM agent_runs WHERE message_id = $1",
        [row.id],
      );
      if (runs[0]) return { ...row, run: runs[0] };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the answer was not saved");
}

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY, models: ["gpt-test-mini"] });
  agency = await createAgency();
  caller = ownerCaller(agency);
  const provider = await caller.providers.create({
    name: "Local",
    kind: "openai_compatible",
    baseUrl: server.url,
    apiKey: KEY,
    defaultModel: "gpt-test-mini",
    models: [{ id: "gpt-test-mini", inputPerMillion: 2, outputPerMillion: 8 }],
  });
  providerAgentId = (
    await caller.agents.create({ template: "client_management", name: "Chat tester", providerId: provider.id })
  ).id;
  offlineAgentId = (await caller.agents.list()).find((a) => a.template === "client_management" && !a.providerId)!.id;
  await caller.clients.create({ name: "Bluebird Coffee" });
});

afterAll(async () => {
  await server.close();
  await closeConnections();
});

describe("agent chat", () => {
  it("answers with the offline model when the agent has no provider, labelled, and saves both turns", async () => {
    const ask = message("What can you do?");
    const response = await streamAgentChat(ownerAccess(agency), offlineAgentId, { message: ask });
    expect(response.headers.get("x-conversation-id")).toBeTruthy();
    const { text } = await readStream(response);
    expect(text.startsWith(OFFLINE_MODEL_LABEL)).toBe(true);
    const answer = await savedAnswer(ask.id);
    expect(answer).toMatchObject({
      status: "complete",
      error: null,
      run: { status: "succeeded", cost_usd: "0.000000" },
    });
    const audit = await adminSql<{ action: string }>(
      "SELECT action FROM audit_events WHERE target_id = $1 AND action = 'agent.run'",
      [offlineAgentId],
    );
    expect(audit.length).toBeGreaterThan(0);
  });

  it("streams a provider's tokens, runs a tool call on the agency's data, and records tokens, cost and the call", async () => {
    server.script([
      { kind: "tool_call", name: "clients_search", arguments: { query: "Bluebird" } },
      { kind: "text", text: "You have one client called Bluebird Coffee." },
    ]);
    const ask = message("Which clients do we have?");
    const { text, types } = await readStream(
      await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask }),
    );
    expect(text).toBe("You have one client called Bluebird Coffee.");
    expect(types).toContain("tool-output-available");
    const answer = await savedAnswer(ask.id);
    const usage = server.requests.slice(-2).map((r) => r.usage!);
    const input = usage.reduce((n, u) => n + u.prompt_tokens, 0);
    const output = usage.reduce((n, u) => n + u.completion_tokens, 0);
    expect(answer.run).toMatchObject({ status: "succeeded", input_tokens: input, output_tokens: output });
    expect(Number(answer.run.cost_usd)).toBeCloseTo((input * 2 + output * 8) / 1_000_000, 6);
    const calls = await adminSql<{ name: string; input: unknown; output: { clients: { name: string }[] } }>(
      "SELECT name, input, output FROM tool_calls WHERE run_id = (SELECT id FROM agent_runs WHERE message_id = $1)",
      [answer.id],
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: "clients.search", input: { query: "Bluebird" } });
    expect(calls[0]!.output.clients.map((c) => c.name)).toEqual(["Bluebird Coffee"]);
  });

  it("continues a conversation with its history, and only the person's own", async () => {
    const first = message("Remember: the budget is 5000.");
    const response = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: first });
    const conversationId = response.headers.get("x-conversation-id")!;
    await readStream(response);
    await savedAnswer(first.id);
    const second = message("What was the budget?");
    await readStream(await streamAgentChat(ownerAccess(agency), providerAgentId, { conversationId, message: second }));
    const sent = server.requests.at(-1)!.body.messages as { role: string; content: unknown }[];
    expect(JSON.stringify(sent)).toContain("the budget is 5000");
    const other = await createAgency();
    expect(
      await appError(streamAgentChat(ownerAccess(other), providerAgentId, { message: message("hi") })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("keeps a partial answer, marked incomplete, when the person stops it", async () => {
    server.script({ kind: "stall", afterChunks: 3, text: "one two three four five six" });
    const ask = message("Tell me a long story");
    const controller = new AbortController();
    const response = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask }, controller.signal);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let seen = "";
    while (!seen.includes("three")) seen += decoder.decode((await reader.read()).value ?? new Uint8Array());
    controller.abort();
    await reader.cancel().catch(() => undefined);
    const answer = await savedAnswer(ask.id);
    expect(answer).toMatchObject({ status: "incomplete", run: { status: "aborted" } });
    expect(JSON.stringify(answer.parts)).toContain("three");
  });

  it("saves what arrived before the provider broke off, with a clear error", async () => {
    server.script({ kind: "disconnect", afterChunks: 2, text: "alpha beta gamma delta" });
    const ask = message("Go");
    const { error } = await readStream(await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask }));
    expect(error).toMatch(/broke off|provider/i);
    const answer = await savedAnswer(ask.id);
    expect(answer.status).toBe("error");
    expect(answer.error).toBe(error);
    const agent = await caller.agents.get({ id: providerAgentId });
    expect(agent).toMatchObject({ status: "error", lastError: error });
  });

  it("retries a 429 and says plainly when the key is refused", async () => {
    server.script([
      { kind: "error", status: 429, retryAfter: 0.01 },
      { kind: "text", text: "Back again." },
    ]);
    const retried = await readStream(
      await streamAgentChat(ownerAccess(agency), providerAgentId, { message: message("hello") }),
    );
    expect(retried.text).toBe("Back again.");
    server.script({ kind: "error", status: 401 });
    const refused = await readStream(
      await streamAgentChat(ownerAccess(agency), providerAgentId, { message: message("hello") }),
    );
    expect(refused.error).toMatch(/^The provider refused the API key \(401\)/);
  });

  it("lists, opens, renames and deletes the person's own conversations, with usage per answer", async () => {
    const ask = message("Conversation to manage");
    const response = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask });
    const conversationId = response.headers.get("x-conversation-id")!;
    await readStream(response);
    await savedAnswer(ask.id);
    const list = await caller.conversations.list({ agentId: providerAgentId, search: "to manage" });
    expect(list).toMatchObject([{ id: conversationId, title: "Conversation to manage", messageCount: 2 }]);
    const opened = await caller.conversations.get({ id: conversationId });
    expect(opened.messages.map((m) => [m.role, m.status])).toEqual([
      ["user", "complete"],
      ["assistant", "complete"],
    ]);
    expect(opened.messages[1]?.usage).toMatchObject({ model: "gpt-test-mini" });
    await caller.conversations.rename({ id: conversationId, title: "Renamed" });
    const member = await addMember(agency, "member");
    const asMember = callerFor(member, agency.organizationId);
    expect(await asMember.conversations.list({ agentId: providerAgentId })).toEqual([]);
    expect((await trpcError(asMember.conversations.get({ id: conversationId }))).code).toBe("NOT_FOUND");
    await caller.conversations.delete({ id: conversationId });
    expect(await adminSql("SELECT 1 FROM chat_messages WHERE conversation_id = $1", [conversationId])).toEqual([]);
  });

  it("sums every run into the agent's stats: runs, success rate, latency, tokens, cost, last error", async () => {
    const stats = (await caller.agents.stats()).find((s) => s.agentId === providerAgentId);
    const runs = await adminSql<{ status: string; input_tokens: number; output_tokens: number; cost_usd: string }>(
      "SELECT status::text, input_tokens, output_tokens, cost_usd::text FROM agent_runs WHERE agent_id = $1",
      [providerAgentId],
    );
    expect(stats).toMatchObject({
      runs: runs.length,
      succeeded: runs.filter((r) => r.status === "succeeded").length,
      inputTokens: runs.reduce((n, r) => n + r.input_tokens, 0),
      outputTokens: runs.reduce((n, r) => n + r.output_tokens, 0),
      lastError: expect.stringMatching(/provider/i),
    });
    expect(stats!.costUsd).toBeCloseTo(
      runs.reduce((n, r) => n + Number(r.cost_usd), 0),
      6,
    );
    expect(stats!.successRate).toBeGreaterThan(0);
    expect(stats!.successRate).toBeLessThan(1);
    expect(stats!.p95LatencyMs).toBeGreaterThanOrEqual(stats!.p50LatencyMs!);
    const other = ownerCaller(await createAgency());
    expect((await other.agents.stats()).map((s) => s.agentId)).not.toContain(providerAgentId);
  });
});
