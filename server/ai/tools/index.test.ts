import { createOpenAI } from "@ai-sdk/openai";
import { generateText, stepCountIs } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { fromModelToolName, TOOL_CATALOG, TOOL_NAMES, toModelToolName } from "@/lib/agents/tools";
import { closeConnections, createAgency, ownerAccess, ownerCaller, type TestAgency } from "@/test/factories";
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { createOfflineModel } from "../offline-model";
import { toAiSdkTool, toAiSdkTools, TOOLS, type ToolCallRecord } from "./index";
import type { AgentTool, ToolContext } from "./types";

afterAll(closeConnections);

const PROVIDER_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

let agency: TestAgency;
let ctx: ToolContext;
let server: OpenAIServer;

beforeAll(async () => {
  agency = await createAgency();
  ctx = { organizationId: agency.organizationId, actor: ownerAccess(agency).actor, agentId: null };
  await ownerCaller(agency).clients.create({ name: "Bluebird Coffee" });
});

beforeEach(async () => {
  server = await startOpenAIServer({ apiKey: "sk-test" });
});

afterEach(async () => {
  await server.close();
  vi.restoreAllMocks();
});

describe("tool registry", () => {
  it("implements and lists every tool under its own name", () => {
    expect(Object.keys(TOOLS).sort()).toEqual([...TOOL_NAMES].sort());
    expect(Object.keys(TOOL_CATALOG).sort()).toEqual([...TOOL_NAMES].sort());
    for (const name of TOOL_NAMES) expect(TOOLS[name].name).toBe(name);
  });

  it("maps dotted names to names providers accept, and back", () => {
    const modelNames = TOOL_NAMES.map(toModelToolName);
    expect(modelNames).toEqual([
      "clients_search",
      "campaigns_metrics",
      "tasks_create",
      "copy_aida",
      "http_request",
      "email_send",
      "brand_check",
      "agents_delegate",
    ]);
    for (const [index, modelName] of modelNames.entries()) {
      expect(modelName).toMatch(PROVIDER_NAME);
      expect(fromModelToolName(modelName)).toBe(TOOL_NAMES[index]);
    }
    expect(fromModelToolName("clients.search")).toBeNull();
    expect(fromModelToolName("drop_tables")).toBeNull();
    // Custom tools travel as custom_<name>; a name that is not a valid custom tool name maps to nothing.
    expect(toModelToolName("custom.weather_now")).toBe("custom_weather_now");
    expect(fromModelToolName("custom_weather_now")).toBe("custom.weather_now");
    expect(fromModelToolName("custom_Bad Name")).toBeNull();
    expect(Object.keys(toAiSdkTools(ctx, ["copy.aida", "clients.search"]))).toEqual(["copy_aida", "clients_search"]);
  });

  it("runs through a real provider: mapped names on the wire, results and errors back to the model", async () => {
    server.script([
      { kind: "tool_call", name: "clients_search", arguments: { query: "bluebird" }, id: "call_1" },
      { kind: "tool_call", name: "http_request", arguments: { url: "http://127.0.0.1/admin" }, id: "call_2" },
      { kind: "text", text: "That address is internal." },
    ]);
    const calls: ToolCallRecord[] = [];
    const result = await generateText({
      model: createOpenAI({ baseURL: server.url, apiKey: "sk-test" }).chat("gpt-4o-mini"),
      prompt: "Find Bluebird, then fetch the admin page.",
      tools: toAiSdkTools(ctx, ["clients.search", "http.request"], { onCall: (record) => void calls.push(record) }),
      stopWhen: stepCountIs(4),
      maxRetries: 0,
    });

    expect(result.text).toBe("That address is internal.");
    const offered = (server.requests[0]?.body.tools as { function: { name: string } }[]).map((t) => t.function.name);
    expect(offered).toEqual(["clients_search", "http_request"]);

    const refused = { error: "Refused: 127.0.0.1 is a loopback address." };
    expect(result.steps.map((step) => step.toolResults.map((r) => [r.toolName, r.output]))).toEqual([
      [["clients_search", { clients: [expect.objectContaining({ name: "Bluebird Coffee" })], more: false }]],
      [["http_request", refused]],
      [],
    ]);
    const toolMessage = (server.requests[2]?.body.messages as { role: string; content: string }[]).at(-1);
    expect(toolMessage?.role).toBe("tool");
    expect(JSON.parse(toolMessage?.content ?? "null")).toEqual(refused);

    expect(calls).toEqual([
      {
        name: "clients.search",
        input: { query: "bluebird" },
        output: { clients: [expect.objectContaining({ name: "Bluebird Coffee" })], more: false },
        error: null,
        durationMs: expect.any(Number),
        toolCallId: "call_1",
      },
      {
        name: "http.request",
        input: { url: "http://127.0.0.1/admin" },
        output: refused,
        error: refused.error,
        durationMs: expect.any(Number),
        toolCallId: "call_2",
      },
    ]);
  });

  it("checks the input itself: a bad argument is an { error } the model can fix, and is recorded", async () => {
    server.script([
      { kind: "tool_call", name: "email_send", arguments: { to: "nobody", subject: "Hi" }, id: "call_bad" },
      { kind: "text", text: "I need a valid address." },
    ]);
    const calls: ToolCallRecord[] = [];
    const result = await generateText({
      model: createOpenAI({ baseURL: server.url, apiKey: "sk-test" }).chat("gpt-4o-mini"),
      prompt: "Email nobody.",
      tools: toAiSdkTools(ctx, ["email.send"], { onCall: (record) => void calls.push(record) }),
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    const error =
      "Invalid input: to: That is not a valid email address; body: Invalid input: expected string, received undefined.";
    expect(result.steps[0]?.toolResults.map((r) => r.output)).toEqual([{ error }]);
    expect(calls).toEqual([
      expect.objectContaining({ name: "email.send", input: { to: "nobody", subject: "Hi" }, error }),
    ]);
    const offered = (server.requests[0]?.body.tools as { function: { parameters: { required: string[] } } }[])[0];
    expect(offered?.function.parameters.required).toEqual(["to", "subject", "body"]);
  });

  it("gives the offline model arguments it can fill for every tool it knows", async () => {
    const calls: ToolCallRecord[] = [];
    const tools = toAiSdkTools(ctx, [...TOOL_NAMES], { onCall: (record) => void calls.push(record) });
    const prompts = [
      "find clients named Bluebird",
      "show campaign performance for the last 30 days",
      "create a task to call Bluebird about the brief",
      'score this copy with AIDA: "Wake up to better coffee"',
      "send an email to ana@example.com about the launch",
    ];
    for (const prompt of prompts) {
      await generateText({ model: createOfflineModel(), prompt, tools, stopWhen: stepCountIs(2) });
    }
    expect(calls.map((call) => [call.name, call.error])).toEqual([
      ["clients.search", null],
      ["campaigns.metrics", null],
      ["tasks.create", null],
      ["copy.aida", null],
      ["email.send", null],
    ]);
    expect(calls[0]?.output).toMatchObject({ clients: [{ name: "Bluebird Coffee" }] });
  });

  it("keeps an unexpected error's details in the log, and survives a failing onCall", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const controller = new AbortController();
    let seenSignal: AbortSignal | undefined;
    const broken: AgentTool<unknown> = {
      name: "copy.aida",
      description: "Always fails.",
      inputSchema: z.object({}),
      async execute(_ctx, _input, { abortSignal }) {
        seenSignal = abortSignal;
        throw new Error('relation "secrets" does not exist');
      },
    };
    const onCall = vi.fn(async () => {
      throw new Error("recorder down");
    });
    const sdkTool = toAiSdkTool(broken, ctx, { onCall });
    const output = await sdkTool.execute?.({}, { toolCallId: "call_x", messages: [], abortSignal: controller.signal });

    const error = "copy.aida failed unexpectedly; try again later or without this tool.";
    expect(output).toEqual({ error });
    expect(seenSignal).toBe(controller.signal);
    expect(onCall).toHaveBeenCalledWith(expect.objectContaining({ name: "copy.aida", error, toolCallId: "call_x" }));
    expect(log).toHaveBeenCalledWith(
      "tool copy.aida failed:",
      expect.objectContaining({ message: expect.stringContaining("secrets") }),
    );
    expect(log).toHaveBeenCalledWith("recording the copy.aida call failed:", expect.any(Error));
  });
});
