import { generateText, Output, stepCountIs, streamText, tool, type ToolSet } from "ai";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { OFFLINE_MODEL_ID, OFFLINE_MODEL_LABEL, createOfflineModel } from "./offline-model";
import { agentsDelegate } from "./tools/agents-delegate";
import { brandCheck } from "./tools/brand-check";

const TODAY = new Date("2025-03-31T12:00:00.000Z");
const model = () => createOfflineModel({ now: () => TODAY });

type ClientResult = Array<{ name: string }>;

function clientsSearch(execute: (input: { query: string }) => Promise<ClientResult> = async () => []) {
  return tool({
    description: "Search the agency's clients by name",
    inputSchema: z.object({ query: z.string() }),
    execute,
  });
}

/** The first tool call the model makes for this message, without executing anything. */
async function firstCall(prompt: string, tools: ToolSet) {
  const result = await generateText({ model: model(), prompt, tools });
  return result.toolCalls[0];
}

async function collect(prompt: string) {
  const result = streamText({ model: model(), prompt });
  const chunks: string[] = [];
  for await (const delta of result.textStream) chunks.push(delta);
  return chunks;
}

describe("offline model", () => {
  it("streams a labelled templated answer, the same every time", async () => {
    const first = await collect("What should we post for Bluebird this week?");
    const second = await collect("What should we post for Bluebird this week?");

    expect(first.length).toBeGreaterThan(10);
    expect(second).toEqual(first);
    const text = first.join("");
    expect(text.startsWith(`${OFFLINE_MODEL_LABEL}\n`)).toBe(true);
    expect(text).toContain('You asked: "What should we post for Bluebird this week?"');
    expect(text).toContain("Settings → Model providers");
  });

  it("lists the tools it could use when no intent matches", async () => {
    const result = await generateText({
      model: model(),
      prompt: "Hello there",
      tools: { "clients.search": clientsSearch() },
    });
    expect(result.toolCalls).toEqual([]);
    expect(result.text).toContain('clients.search (try "find clients named Bluebird")');
  });

  it("calls a matching tool, then summarizes its result", async () => {
    const execute = vi.fn(async (_input: { query: string }): Promise<ClientResult> => [
      { name: "Bluebird Coffee" },
      { name: "Bluebird Bakery" },
    ]);
    const result = streamText({
      model: model(),
      prompt: "Find clients named Bluebird",
      tools: { "clients.search": clientsSearch(execute) },
      stopWhen: stepCountIs(3),
    });
    const partTypes: string[] = [];
    for await (const part of result.fullStream) partTypes.push(part.type);

    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0]?.[0]).toEqual({ query: "Bluebird" });
    expect(partTypes).toEqual(expect.arrayContaining(["tool-input-start", "tool-call", "tool-result", "finish"]));
    expect(partTypes).not.toContain("tool-error");

    const steps = await result.steps;
    expect(steps.map((step) => step.finishReason)).toEqual(["tool-calls", "stop"]);
    expect(steps[0]?.text.startsWith(OFFLINE_MODEL_LABEL)).toBe(true);
    expect(await result.text).toBe(
      `${OFFLINE_MODEL_LABEL}\n\nHere is what clients.search returned: 2 results: Bluebird Coffee, Bluebird Bakery\n` +
        "For a written answer, connect a provider in Settings → Model providers.",
    );
    expect(await result.finishReason).toBe("stop");
    expect((await result.response).modelId).toBe(OFFLINE_MODEL_ID);
  });

  it("matches tool names loosely and builds inputs that fit the schema", async () => {
    const noop = async () => ({ ok: true });
    const tools = {
      clients_search: tool({
        inputSchema: z.object({ query: z.string(), limit: z.number().int().min(1) }),
        execute: noop,
      }),
      campaignsMetrics: tool({
        inputSchema: z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() }),
        execute: noop,
      }),
      "tasks.create": tool({ inputSchema: z.object({ title: z.string().min(1).max(40) }), execute: noop }),
      "brand.check": tool({ inputSchema: z.object({ text: z.string() }), execute: noop }),
      "copy.aida": tool({ inputSchema: z.object({ text: z.string() }), execute: noop }),
      "email.send": tool({
        inputSchema: z.object({ to: z.email(), subject: z.string(), body: z.string() }),
        execute: noop,
      }),
    };

    expect(await firstCall("Which clients are in retail?", tools)).toMatchObject({
      toolName: "clients_search",
      input: { query: "retail", limit: 1 },
    });
    expect(await firstCall("How did spend and ROAS look over the last 7 days?", tools)).toMatchObject({
      toolName: "campaignsMetrics",
      input: { from: "2025-03-25", to: "2025-03-31" },
    });
    expect((await firstCall("Show me campaign performance", tools))?.input).toEqual({});
    expect(await firstCall("Remind me to send the Q3 report to Ana on Friday.", tools)).toMatchObject({
      toolName: "tasks.create",
      input: { title: "Send the Q3 report to Ana on Friday" },
    });
    expect(await firstCall('Brand check: "The cheapest coffee in town"', tools)).toMatchObject({
      toolName: "brand.check",
      input: { text: "The cheapest coffee in town" },
    });
    expect(await firstCall("Score this copy with AIDA:\nWake up to better coffee.", tools)).toMatchObject({
      toolName: "copy.aida",
      input: { text: "Wake up to better coffee." },
    });
    expect(await firstCall("Send an email to ana@example.com about the launch plan", tools)).toMatchObject({
      toolName: "email.send",
      input: { to: "ana@example.com", subject: "The launch plan" },
    });
    // No recipient in the message: the model never invents one.
    expect(await firstCall("Send an email about the launch plan", tools)).toBeUndefined();
  });

  it("names the client for a brand check, in arguments the real tool accepts", async () => {
    const tools = {
      "brand.check": tool({ inputSchema: brandCheck.inputSchema, execute: async () => ({ passed: true }) }),
    };
    const cases: [string, Record<string, string>][] = [
      ['brand check for Acme: "Our cheapest coffee ever"', { text: "Our cheapest coffee ever", client: "Acme" }],
      [
        'Check "Free tents, guaranteed!" against Summit Outdoor Gear\'s brand rules',
        { text: "Free tents, guaranteed!", client: "Summit Outdoor Gear" },
      ],
      [
        "Bluebird Coffee brand check:\nWake up to cheap coffee.",
        { text: "Wake up to cheap coffee.", client: "Bluebird Coffee" },
      ],
      [
        'Is this on brand for the client Harbor Health? "We cure everything"',
        { text: "We cure everything", client: "Harbor Health" },
      ],
    ];
    for (const [prompt, input] of cases) {
      const call = await firstCall(prompt, tools);
      expect(call, prompt).toMatchObject({ toolName: "brand.check" });
      expect(call?.input, prompt).toEqual(input);
      expect(brandCheck.inputSchema.safeParse(call?.input).success, prompt).toBe(true);
    }
    // No client named: the tool is still called with the copy, and its own error asks which client.
    const unnamed = await firstCall('Run a brand check: "Cheap coffee"', tools);
    expect(unnamed?.input).toEqual({ text: "Cheap coffee" });
    expect(brandCheck.inputSchema.safeParse(unnamed?.input).error?.issues[0]?.path).toEqual(["client"]);
  });

  it("hands a task to the named agent, before any intent the task itself mentions", async () => {
    const tools = {
      "agents.delegate": tool({ inputSchema: agentsDelegate.inputSchema, execute: async () => ({ answer: "ok" }) }),
      "campaigns.metrics": tool({ inputSchema: z.object({ days: z.number().optional() }), execute: async () => ({}) }),
    };
    const cases: [string, Record<string, string>][] = [
      [
        "delegate to Analytics: how did campaigns perform in the last 30 days?",
        { agent: "Analytics", task: "how did campaigns perform in the last 30 days?" },
      ],
      [
        "Hand this over to the Creative Intelligence agent, score our spring headline",
        { agent: "Creative Intelligence", task: "score our spring headline" },
      ],
      [
        "Delegate to Client Management to follow up with Bluebird",
        { agent: "Client Management", task: "follow up with Bluebird" },
      ],
    ];
    for (const [prompt, input] of cases) {
      const call = await firstCall(prompt, tools);
      expect(call, prompt).toMatchObject({ toolName: "agents.delegate" });
      expect(call?.input, prompt).toEqual(input);
      expect(agentsDelegate.inputSchema.safeParse(call?.input).success, prompt).toBe(true);
    }
  });

  it("honours tool choice", async () => {
    const tools = { "clients.search": clientsSearch() };
    const none = await generateText({ model: model(), prompt: "Find clients", tools, toolChoice: "none" });
    expect(none.toolCalls).toEqual([]);
    const required = await generateText({ model: model(), prompt: "Hello", tools, toolChoice: "required" });
    expect(required.toolCalls[0]).toMatchObject({ toolName: "clients.search", input: { query: "Hello" } });
  });

  it("summarizes a failing tool instead of calling it again", async () => {
    const result = await generateText({
      model: model(),
      prompt: "Find clients named Bluebird",
      tools: {
        "clients.search": clientsSearch(
          vi.fn(async () => {
            throw new Error("database is asleep");
          }),
        ),
      },
      stopWhen: stepCountIs(5),
    });
    expect(result.steps).toHaveLength(2);
    expect(result.text).toContain("clients.search failed: database is asleep");
  });

  it("generates the same content as it streams, with usage", async () => {
    const generated = await generateText({ model: model(), prompt: "Summarize our week" });
    const streamed = streamText({ model: model(), prompt: "Summarize our week" });

    expect(generated.text).toBe(await streamed.text);
    expect(generated.finishReason).toBe("stop");
    expect(generated.usage.inputTokens).toBe(3);
    expect(generated.usage.outputTokens).toBe(generated.text.split(/\s+/).filter(Boolean).length);
    expect(generated.usage.totalTokens).toBe((generated.usage.inputTokens ?? 0) + (generated.usage.outputTokens ?? 0));
    expect((await streamed.usage).outputTokens).toBe(generated.usage.outputTokens);
  });

  it("writes JSON that fits a structured output schema", async () => {
    const schema = z.object({ headline: z.string().max(30), ideas: z.array(z.string()).min(2), score: z.number() });
    const result = await generateText({ model: model(), prompt: "Three ideas", output: Output.object({ schema }) });
    expect(result.output).toEqual({
      headline: OFFLINE_MODEL_LABEL.slice(0, 30),
      ideas: [OFFLINE_MODEL_LABEL, OFFLINE_MODEL_LABEL],
      score: 0,
    });
  });

  it("stops streaming promptly when aborted", async () => {
    const controller = new AbortController();
    const result = streamText({
      model: createOfflineModel({ tokenDelayMs: 20 }),
      prompt: "Write a long answer",
      abortSignal: controller.signal,
    });
    const started = Date.now();
    const types: string[] = [];
    for await (const part of result.fullStream) {
      types.push(part.type);
      if (part.type === "text-delta" && types.filter((type) => type === "text-delta").length === 2) controller.abort();
    }
    expect(types.at(-1)).toBe("abort");
    expect(types.filter((type) => type === "text-delta")).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("rejects a call made with an aborted signal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createOfflineModel().doGenerate({ prompt: [], abortSignal: controller.signal })).rejects.toMatchObject(
      { name: "AbortError" },
    );
  });
});
