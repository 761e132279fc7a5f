import { asSchema, jsonSchema, tool, type JSONSchema7, type ToolSet } from "ai";
import type { z } from "zod";
import { isToolName, toModelToolName, type AgentToolName, type ToolName } from "@/lib/agents/tools";
import { AppError } from "../../errors";
import { agentsDelegate } from "./agents-delegate";
import { brandCheck } from "./brand-check";
import { campaignsMetrics } from "./campaigns-metrics";
import { clientsSearch } from "./clients-search";
import { copyAida } from "./copy-aida";
import { emailSend } from "./email-send";
import { httpRequest } from "./http-request";
import { tasksCreate } from "./tasks-create";
import type { AgentTool, ToolContext } from "./types";

/**
 * Every tool, by name. A tool is typed by its own input; `execute` is a method, so each one is
 * checked against `AgentTool<unknown>` as well, and its `name` must be its key.
 */
export const TOOLS = {
  "clients.search": clientsSearch,
  "campaigns.metrics": campaignsMetrics,
  "tasks.create": tasksCreate,
  "copy.aida": copyAida,
  "http.request": httpRequest,
  "email.send": emailSend,
  "brand.check": brandCheck,
  "agents.delegate": agentsDelegate,
} satisfies { [N in ToolName]: AgentTool<unknown> & { name: N } };

/** One finished tool call, successful or not, for the caller to record. */
export type ToolCallRecord = {
  name: AgentToolName;
  input: unknown;
  /** What the model got back: the tool's result, or `{ error }`. */
  output: unknown;
  error: string | null;
  durationMs: number;
  toolCallId: string;
};

export type ToolHooks = { onCall?(record: ToolCallRecord): void | Promise<void> };

/**
 * The message the model gets for a failed call. Domain errors were written to be read; anything
 * else may carry internals (SQL, stack details), so it stays in the server log.
 */
function errorMessage(name: AgentToolName, error: unknown): string {
  if (error instanceof AppError) return error.message;
  console.error(`tool ${name} failed:`, error);
  return `${name} failed unexpectedly; try again later or without this tool.`;
}

function invalidInput(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message.replace(/\.$/, "")}`);
  return new AppError("BAD_REQUEST", `Invalid input: ${issues.join("; ")}.`);
}

const modelSchemas = new WeakMap<object, JSONSchema7 | PromiseLike<JSONSchema7>>();

/** A tool's input schema as the model sees it, converted from zod once per schema, not per request. */
function modelSchemaOf(schema: AgentTool<unknown>["inputSchema"]): JSONSchema7 | PromiseLike<JSONSchema7> {
  let converted = modelSchemas.get(schema);
  if (!converted) {
    converted = asSchema(schema).jsonSchema;
    modelSchemas.set(schema, converted);
  }
  return converted;
}

/**
 * An AI SDK tool that runs `agentTool` for `ctx`. A failure never ends the run: the model gets
 * `{ error }` as the result and can recover. `onCall` sees every call, with the input as the
 * model sent it; if `onCall` fails, that is logged and the model still gets its result.
 */
export function toAiSdkTool(agentTool: AgentTool<unknown>, ctx: ToolContext, hooks: ToolHooks = {}) {
  return tool({
    description: agentTool.description,
    // The model sees the zod schema as JSON Schema, but the input is checked here, not by the SDK:
    // a bad argument then comes back as `{ error }` in words the model can act on (the SDK's own
    // message dumps the zod issues and regexes), and `onCall` records it like any other failure.
    inputSchema: jsonSchema<unknown>(() => modelSchemaOf(agentTool.inputSchema)),
    async execute(input, { toolCallId, abortSignal }) {
      const started = performance.now();
      let output: unknown;
      let error: string | null = null;
      try {
        const parsed = agentTool.inputSchema.safeParse(input);
        if (!parsed.success) throw invalidInput(parsed.error);
        output = await agentTool.execute(ctx, parsed.data, { abortSignal });
      } catch (thrown) {
        error = errorMessage(agentTool.name, thrown);
        output = { error };
      }
      const durationMs = Math.round(performance.now() - started);
      try {
        await hooks.onCall?.({ name: agentTool.name, input, output, error, durationMs, toolCallId });
      } catch (hookError) {
        console.error(`recording the ${agentTool.name} call failed:`, hookError);
      }
      return output;
    },
  });
}

/**
 * The agent's tools as an AI SDK `ToolSet`, keyed by their model-side names (`clients_search`:
 * providers refuse dots, see `toModelToolName`); map a tool call's name back with
 * `fromModelToolName`. Custom HTTP tools come from `custom`, loaded for the agency; a name with
 * no tool behind it (a custom tool deleted since) is left out.
 */
export function toAiSdkTools(
  ctx: ToolContext,
  names: readonly AgentToolName[],
  hooks: ToolHooks = {},
  custom: readonly AgentTool<unknown>[] = [],
): ToolSet {
  const byName = new Map<AgentToolName, AgentTool<unknown>>(custom.map((t) => [t.name, t]));
  return Object.fromEntries(
    names.flatMap((name) => {
      const agentTool = isToolName(name) ? TOOLS[name] : byName.get(name);
      return agentTool ? [[toModelToolName(name), toAiSdkTool(agentTool, ctx, hooks)]] : [];
    }),
  );
}
