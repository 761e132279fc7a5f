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

  it("regenerates an answer: the same message sent again replaces the answer after it", async () => {
    server.script({ kind: "text", text: "First answer." });
    const ask = message("Name a colour");
    const response = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask });
    const conversationId = response.headers.get("x-conversation-id")!;
    await readStream(response);
    const first = await savedAnswer(ask.id);
    server.script({ kind: "text", text: "Second answer." });
    const again = await readStream(
      await streamAgentChat(ownerAccess(agency), providerAgentId, { conversationId, message: ask }),
    );
    expect(again.text).toBe("Second answer.");
    const sent = server.requests.at(-1)!.body.messages as { role: string; content: unknown }[];
    expect(sent.filter((m) => m.role === "user")).toHaveLength(1);
    expect(JSON.stringify(sent)).not.toContain("First answer.");
    await savedAnswer(ask.id);
    const rows = await adminSql<{ id: string; role: string }>(
      "SELECT id, role FROM chat_messages WHERE conversation_id = $1 ORDER BY created_at, id",
      [conversationId],
    );
    expect(rows.map((r) => r.role)).toEqual(["user", "assistant"]);
    expect(rows[1]!.id).not.toBe(first.id);
    // The replaced answer's run stays in the stats, detached from the deleted message.
    expect(
      await adminSql("SELECT 1 FROM agent_runs WHERE message_id IS NULL AND agent_id = $1", [providerAgentId]),
    ).not.toEqual([]);
  });

  it("edits and resends: the message's text is replaced and everything after it is dropped", async () => {
    const ask = message("Plan a launch for Bluebird");
    const response = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask });
    const conversationId = response.headers.get("x-conversation-id")!;
    await readStream(response);
    await savedAnswer(ask.id);
    const followUp = message("And the budget?");
    await readStream(
      await streamAgentChat(ownerAccess(agency), providerAgentId, { conversationId, message: followUp }),
    );
    await savedAnswer(followUp.id);
    server.script({ kind: "text", text: "Here is the edited plan." });
    const edited = { ...ask, parts: [{ type: "text" as const, text: "Plan a launch for Bluebird in May" }] };
    const { text } = await readStream(
      await streamAgentChat(ownerAccess(agency), providerAgentId, { conversationId, message: edited }),
    );
    expect(text).toBe("Here is the edited plan.");
    const sent = JSON.stringify(server.requests.at(-1)!.body.messages);
    expect(sent).toContain("in May");
    expect(sent).not.toContain("And the budget?");
    await savedAnswer(ask.id);
    const opened = await caller.conversations.get({ id: conversationId });
    expect(opened.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(opened.messages[0]!.parts).toEqual(edited.parts);
    expect(JSON.stringify(opened.messages[1]!.parts)).toContain("Here is the edited plan.");
  });

  it("refuses a message id that belongs to another conversation, and changes nothing", async () => {
    const ask = message("Owned by the first conversation");
    const response = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask });
    await readStream(response);
    await savedAnswer(ask.id);
    const other = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: message("Another one") });
    const otherId = other.headers.get("x-conversation-id")!;
    await readStream(other);
    const before = server.requests.length;
    expect(
      await appError(streamAgentChat(ownerAccess(agency), providerAgentId, { conversationId: otherId, message: ask })),
    ).toMatchObject({ code: "CONFLICT" });
    expect(server.requests.length).toBe(before);
  });

  it("shows the agent busy while it answers, then idle or error from how its last run ended", async () => {
    server.script({ kind: "stall", afterChunks: 1, text: "wait for it" });
    const controller = new AbortController();
    const ask = message("Take your time");
    const response = await streamAgentChat(ownerAccess(agency), providerAgentId, { message: ask }, controller.signal);
    const reader = response.body!.getReader();
    await reader.read();
    for (let i = 0; i < 50; i += 1) {
      const running = await adminSql("SELECT 1 FROM agent_runs WHERE agent_id = $1 AND status = 'running'", [
        providerAgentId,
      ]);
      if (running.length) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await caller.agents.get({ id: providerAgentId })).status).toBe("busy");
    controller.abort();
    await reader.cancel().catch(() => undefined);
    await savedAnswer(ask.id);
    expect((await caller.agents.get({ id: providerAgentId })).status).not.toBe("busy");
    await readStream(await streamAgentChat(ownerAccess(agency), providerAgentId, { message: message("hi") }));
    for (let i = 0; i < 50; i += 1) {
      const running = await adminSql("SELECT 1 FROM agent_runs WHERE agent_id = $1 AND status = 'running'", [
        providerAgentId,
      ]);
      if (!running.length) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await caller.agents.get({ id: providerAgentId })).status).toBe("active");
  });

  it("answers an exact repeat from the response cache when the agent opts in, without calling the model", async () => {
    const cachedAgent = await caller.agents.create({
      template: "custom",
      name: "Cached",
      providerId: (await caller.providers.list())[0]!.id,
      cacheTtlSeconds: 600,
    });
    server.script({ kind: "text", text: "A cacheable answer." });
    const first = message("What is our tagline?");
    await readStream(await streamAgentChat(ownerAccess(agency), cachedAgent.id, { message: first }));
    await savedAnswer(first.id);
    const calls = server.requests.length;
    const second = message("What is our tagline?");
    const replay = await readStream(await streamAgentChat(ownerAccess(agency), cachedAgent.id, { message: second }));
    expect(replay.text).toBe("A cacheable answer.");
    expect(server.requests.length).toBe(calls);
    const answer = await savedAnswer(second.id);
    const [run] = await adminSql<{ cache_hit: boolean; cost_usd: string }>(
      "SELECT cache_hit, cost_usd::text FROM agent_runs WHERE message_id = $1",
      [answer.id],
    );
    expect(run).toEqual({ cache_hit: true, cost_usd: "0.000000" });
    // A different question, or the same one with another agent, goes to the model.
    const different = message("Something else");
    await readStream(await streamAgentChat(ownerAccess(agency), cachedAgent.id, { message: different }));
    await savedAnswer(different.id);
    expect(server.requests.length).toBe(calls + 1);
    const elsewhere = message("What is our tagline?");
    await readStream(await streamAgentChat(ownerAccess(agency), providerAgentId, { message: elsewhere }));
    expect(server.requests.length).toBe(calls + 2);
    await savedAnswer(elsewhere.id);
    const stats = (await caller.agents.stats()).find((s) => s.agentId === cachedAgent.id);
    expect(stats).toMatchObject({ runs: 3, cacheHits: 1 });
    expect(stats!.cacheHitRate).toBeCloseTo(1 / 3, 5);
  });

  it("does not cache an answer that called tools: replaying it would skip what the tools did", async () => {
    const agent = await caller.agents.create({
      template: "client_management",
      name: "Cached with tools",
      providerId: (await caller.providers.list())[0]!.id,
      cacheTtlSeconds: 600,
    });
    server.script([
      { kind: "tool_call", name: "clients_search", arguments: { query: "Bluebird" } },
      { kind: "text", text: "Found Bluebird." },
    ]);
    const first = message("Find Bluebird");
    await readStream(await streamAgentChat(ownerAccess(agency), agent.id, { message: first }));
    await savedAnswer(first.id);
    const calls = server.requests.length;
    await readStream(await streamAgentChat(ownerAccess(agency), agent.id, { message: message("Find Bluebird") }));
    expect(server.requests.length).toBeGreaterThan(calls);
  });

  it("offers the agent's custom HTTP tools to the model, sending their calls through the SSRF-safe client", async () => {
    const lookup = await caller.customTools.create({
      name: "order_lookup",
      description: "Looks up an order in the client's shop.",
      method: "GET",
      url: `${server.url}/orders/{{order}}`,
      inputSchema: { type: "object", properties: { order: { type: "string" } }, required: ["order"] },
      timeoutMs: 2_000,
    });
    const agent = await caller.agents.create({
      template: "custom",
      name: "Shop helper",
      providerId: (await caller.providers.list())[0]!.id,
      tools: ["clients.search", `custom.${lookup.name}`],
    });
    server.script([
      { kind: "tool_call", name: "custom_order_lookup", arguments: { order: "A-17" } },
      { kind: "text", text: "I could not reach the shop." },
    ]);
    const ask = message("Where is order A-17?");
    const { text } = await readStream(await streamAgentChat(ownerAccess(agency), agent.id, { message: ask }));
    expect(text).toBe("I could not reach the shop.");
    const offered = (server.requests.at(-2)!.body.tools as { function: { name: string } }[]).map(
      (t) => t.function.name,
    );
    expect(offered.sort()).toEqual(["clients_search", "custom_order_lookup"]);
    const answer = await savedAnswer(ask.id);
    const calls = await adminSql<{ name: string; input: unknown; error: string | null }>(
      "SELECT name, input, error FROM tool_calls WHERE run_id = (SELECT id FROM agent_runs WHERE message_id = $1)",
      [answer.id],
    );
    // The test server is on 127.0.0.1: a custom tool may not reach it, like any private address.
    expect(calls).toEqual([
      {
        name: "custom.order_lookup",
        input: { order: "A-17" },
        error: expect.stringMatching(/127\.0\.0\.1|loopback|private/i),
      },
    ]);
    expect(server.requests.some((r) => r.path.startsWith("/orders"))).toBe(false);
  });

  it("hands off to another agent in a chat: the delegated run points at the chat's run", async () => {
    const lead = await caller.agents.create({
      template: "custom",
      name: "Chat lead",
      providerId: (await caller.providers.list())[0]!.id,
      tools: ["agents.delegate"],
    });
    // The model asks for the hand-off at once, while the chat's own run row is still being written.
    server.script([
      { kind: "tool_call", name: "agents_delegate", arguments: { agent: "Analytics", task: "What can you do?" } },
      { kind: "text", text: "Analytics answered." },
    ]);
    const ask = message("Ask Analytics what it can do");
    const { text } = await readStream(await streamAgentChat(ownerAccess(agency), lead.id, { message: ask }));
    expect(text).toBe("Analytics answered.");
    const answer = await savedAnswer(ask.id);
    const [parent] = await adminSql<{ id: string }>("SELECT id FROM agent_runs WHERE message_id = $1", [answer.id]);
    const children = await adminSql<{ depth: number; status: string }>(
      "SELECT depth, status::text FROM agent_runs WHERE parent_run_id = $1",
      [parent!.id],
    );
    expect(children).toEqual([{ depth: 1, status: "succeeded" }]);
  });

  it("sums every run into the agent's stats: runs, success rate, latency, tokens, cost, last error", async () => {
    const stats = (await caller.agents.stats()).find((s) => s.agentId === providerAgentId);
    const runs = await adminSql<{ status: string; input_tokens: number; output_tokens: number; cost_usd: string }>(
      "SELECT status::text, input_tokens, output_tokens, cost_usd::text FROM agent_runs WHERE agent_id = $1 AND status <> 'running'",
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
