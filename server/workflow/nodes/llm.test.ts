import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TToolInputSchema } from "@/lib/schemas/custom-tools";
import type { NodeConfig } from "@/lib/workflow/node-types";
import { appError, closeConnections, createAgency, ownerAccess, ownerCaller, type TestAgency } from "@/test/factories";
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { OFFLINE_MODEL_LABEL } from "../../ai/offline-model";
import { jsonSchemaIssues } from "./json-schema";
import { llmExecutor } from "./llm";
import { testNodeContext } from "./side-effect-test-context";

const KEY = "sk-llm-step-0123456789ABCD";
const HEADLINES: TToolInputSchema = {
  type: "object",
  properties: {
    headline: { type: "string" },
    score: { type: "integer" },
  },
  required: ["headline", "score"],
};

let server: OpenAIServer;
let agency: TestAgency;
let providerId: string;

const stepContext = (input: unknown = {}) => {
  const access = ownerAccess(agency);
  return testNodeContext({ organizationId: access.organizationId, actor: access.actor, scope: { input } });
};

const config = (overrides: Partial<NodeConfig<"llm">> = {}): NodeConfig<"llm"> => ({
  providerId,
  prompt: "Write a headline.",
  temperature: 0.7,
  ...overrides,
});

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY, models: ["gpt-test-mini", "gpt-test-large"] });
  agency = await createAgency();
  const provider = await ownerCaller(agency).providers.create({
    name: "Local",
    kind: "openai_compatible",
    baseUrl: server.url,
    apiKey: KEY,
    defaultModel: "gpt-test-mini",
    models: [
      { id: "gpt-test-mini", inputPerMillion: 2, outputPerMillion: 8 },
      { id: "gpt-test-large", inputPerMillion: 10, outputPerMillion: 30 },
    ],
  });
  providerId = provider.id;
});

afterAll(async () => {
  await server.close();
  await closeConnections();
});

describe("llm step", () => {
  it("asks the provider's default model with the filled-in system and prompt, streams tokens, and counts tokens and cost", async () => {
    server.script({ kind: "text", text: "Wake up to Bluebird." });
    const ctx = stepContext({ client: "Bluebird Coffee", tone: "warm" });
    const result = await llmExecutor(
      ctx,
      config({
        system: "You write {{ input.tone }} copy.",
        prompt: "One headline for {{ input.client }}.",
        temperature: 0.2,
        maxTokens: 50,
      }),
    );
    expect(result).toMatchObject({ kind: "done", output: "Wake up to Bluebird." });
    expect(ctx.tokens.join("")).toBe("Wake up to Bluebird.");
    expect(ctx.tokens.length).toBeGreaterThan(1);

    const request = server.requests.at(-1)!;
    expect(request.body).toMatchObject({
      model: "gpt-test-mini",
      temperature: 0.2,
      max_tokens: 50,
      messages: [
        { role: "system", content: "You write warm copy." },
        { role: "user", content: "One headline for Bluebird Coffee." },
      ],
    });
    const { prompt_tokens: inputTokens = 0, completion_tokens: outputTokens = 0 } = request.usage ?? {};
    expect(inputTokens).toBeGreaterThan(0);
    expect(result.kind === "done" && result.usage).toEqual({
      inputTokens,
      outputTokens,
      costUsd: Math.round(inputTokens * 2 + outputTokens * 8) / 1_000_000,
    });
  });

  it("prices the model the step names, not the provider's default", async () => {
    server.script({ kind: "text", text: "Big answer." });
    const result = await llmExecutor(stepContext(), config({ model: "gpt-test-large" }));
    const request = server.requests.at(-1)!;
    expect(request.body.model).toBe("gpt-test-large");
    const { prompt_tokens: inputTokens = 0, completion_tokens: outputTokens = 0 } = request.usage ?? {};
    expect(result.kind === "done" && result.usage?.costUsd).toBe(
      Math.round(inputTokens * 10 + outputTokens * 30) / 1_000_000,
    );
  });

  it("asks for JSON of the schema's shape and passes on the object", async () => {
    server.script({ kind: "text", text: '{"headline":"Wake up to Bluebird","score":8}' });
    const result = await llmExecutor(stepContext(), config({ jsonSchema: HEADLINES }));
    expect(result).toMatchObject({ kind: "done", output: { headline: "Wake up to Bluebird", score: 8 } });
    const format = server.requests.at(-1)!.body.response_format as { type: string; json_schema: { schema: unknown } };
    expect(format.type).toBe("json_schema");
    // Closed like the schema check: the model is told no other properties are allowed.
    expect(format.json_schema.schema).toMatchObject({ required: ["headline", "score"], additionalProperties: false });
  });

  it("fails the step when the JSON does not fit the schema, or is not JSON", async () => {
    server.script({ kind: "text", text: '{"headline":"Hi","score":"high"}' });
    const misfit = await appError(llmExecutor(stepContext(), config({ jsonSchema: HEADLINES })));
    expect(misfit.message).toBe('The model\'s answer does not fit the schema: "score" must be a number, not text.');

    server.script({ kind: "text", text: "Sure! Here is a headline." });
    const prose = await appError(llmExecutor(stepContext(), config({ jsonSchema: HEADLINES })));
    expect(prose.message).toBe("The model did not answer with JSON, so its answer does not fit the schema.");
  });

  it("answers with the offline model when no provider is chosen, as text or as an object that fits the schema", async () => {
    const before = server.requests.length;
    const ctx = stepContext();
    const text = await llmExecutor(ctx, { prompt: "Write a headline.", temperature: 0.7 });
    expect(text).toMatchObject({ kind: "done", usage: { costUsd: 0 } });
    expect(text.kind === "done" && String(text.output).startsWith(OFFLINE_MODEL_LABEL)).toBe(true);
    expect(ctx.tokens.join("")).toBe(text.kind === "done" && text.output);

    const structured = await llmExecutor(stepContext(), {
      prompt: "Rate it.",
      temperature: 0.7,
      jsonSchema: HEADLINES,
    });
    expect(structured.kind).toBe("done");
    expect(jsonSchemaIssues(HEADLINES, structured.kind === "done" && structured.output)).toEqual([]);
    expect(server.requests.length).toBe(before);
  });

  it("fails the step with the provider's words when the call fails", async () => {
    server.script({ kind: "error", status: 401, message: "Incorrect API key provided." });
    const error = await appError(llmExecutor(stepContext(), config()));
    expect(error.message).toBe(
      "The provider refused the API key (401): Incorrect API key provided. Check the key in Model providers.",
    );
  });

  it("stops a stalled model call promptly when the step's signal is aborted", async () => {
    server.script({ kind: "stall", afterChunks: 2, text: "This answer never ends because the server stalls." });
    const ctx = stepContext();
    const pending = appError(llmExecutor(ctx, config()));
    while (ctx.tokens.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const aborted = performance.now();
    ctx.abort(new DOMException("The run was cancelled.", "AbortError"));
    const error = await pending;
    expect(performance.now() - aborted).toBeLessThan(1_000);
    expect(error.message).toBe("The model call was stopped before it finished.");
    // The server sees the connection close a moment after the client gives up on it.
    await expect.poll(() => server.requests.at(-1)?.closedByClient, { timeout: 1_000 }).toBe(true);
  });

  it("stops the offline model too", async () => {
    const ctx = stepContext();
    const pending = appError(llmExecutor(ctx, { prompt: "Write a long answer.", temperature: 0.7 }));
    while (ctx.tokens.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    ctx.abort(new DOMException("The run was cancelled.", "AbortError"));
    expect((await pending).message).toBe("The model call was stopped before it finished.");
    expect(ctx.tokens.join("").length).toBeLessThan(100);
  });

  it("refuses a provider of another agency, and a model without a provider", async () => {
    const other = await createAgency();
    const theirs = await ownerCaller(other).providers.create({
      name: "Theirs",
      kind: "openai_compatible",
      baseUrl: server.url,
      apiKey: KEY,
      defaultModel: "gpt-test-mini",
      models: [],
    });
    const before = server.requests.length;
    const foreign = await appError(llmExecutor(stepContext(), config({ providerId: theirs.id })));
    expect(foreign.code).toBe("NOT_FOUND");
    expect(foreign.message).toBe("The provider this step uses was deleted or is not in this agency; choose another.");

    const loose = await appError(llmExecutor(stepContext(), { prompt: "Hi.", temperature: 0.7, model: "gpt-4o" }));
    expect(loose.message).toBe(
      "Choose the provider that serves gpt-4o, or clear the model to use the built-in offline model.",
    );
    expect(server.requests.length).toBe(before);
  });
});
