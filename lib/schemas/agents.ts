import { z } from "zod";
import { unknownVariables } from "../agents/prompt";
import { AGENT_TEMPLATES } from "../agents/templates";
import { isCustomToolName, isToolName, TOOL_NAMES, type AgentToolName } from "../agents/tools";
import { ZId } from "./clients";

export const AGENT_STATUSES = ["idle", "active", "busy", "error", "offline"] as const;
export const AGENT_VISIBILITIES = ["internal", "published"] as const;

const ZVariables = z
  .record(z.string(), z.string().max(2_000, "Variable values must be at most 2,000 characters."))
  .superRefine((vars, ctx) => {
    const names = Object.keys(vars);
    if (names.length > 20) ctx.addIssue({ code: "custom", message: "At most 20 custom variables." });
    // Checked here rather than on the record's key, so the message reaches the person as written.
    const bad = names.find((name) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(name));
    if (bad !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [bad],
        message: `"${bad}" is not a variable name: use letters, digits and _, starting with a letter.`,
      });
    }
  });

/** Custom tools one agent may list, besides every built-in one. */
export const MAX_CUSTOM_TOOLS_PER_AGENT = 20;

/** A built-in tool (`clients.search`) or one of the agency's custom HTTP tools (`custom.weather_now`). */
const ZAgentToolName = z.custom<AgentToolName>(
  (value) => typeof value === "string" && (isToolName(value) || isCustomToolName(value)),
  {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a tool: choose a built-in tool or custom.<name> for one of the agency's custom tools.`,
  },
);

const ZAgentTools = z
  .array(ZAgentToolName)
  .max(TOOL_NAMES.length + MAX_CUSTOM_TOOLS_PER_AGENT, `At most ${MAX_CUSTOM_TOOLS_PER_AGENT} custom tools per agent.`)
  .refine((tools) => new Set(tools).size === tools.length, "Each tool may be listed once.");

const ZAgentFields = z.object({
  name: z.string().trim().min(1, "Name is required.").max(100, "Name must be at most 100 characters."),
  description: z.string().trim().max(500, "Description must be at most 500 characters.").nullish(),
  template: z.enum(AGENT_TEMPLATES),
  /** null: the built-in offline model. */
  providerId: ZId.nullable(),
  /** null: the provider's default model. */
  model: z.string().trim().min(1).max(200).nullable(),
  temperature: z.number().min(0, "Temperature runs from 0 to 2.").max(2, "Temperature runs from 0 to 2."),
  systemPrompt: z.string().trim().min(1, "Write the agent's instructions.").max(20_000),
  variables: ZVariables,
  tools: ZAgentTools,
  memoryWindow: z
    .number()
    .int()
    .min(0, "Memory runs from 0 to 200 messages.")
    .max(200, "Memory runs from 0 to 200 messages."),
  visibility: z.enum(AGENT_VISIBILITIES),
  cacheTtlSeconds: z
    .number()
    .int()
    .min(60, "Cache for at least 60 seconds.")
    .max(86_400, "Cache for at most a day.")
    .nullable(),
});

function knownVariables(input: { systemPrompt?: string; variables?: Record<string, string> }, ctx: z.RefinementCtx) {
  if (input.systemPrompt === undefined) return;
  const unknown = unknownVariables(input.systemPrompt, input.variables ?? {});
  if (unknown.length) {
    ctx.addIssue({
      code: "custom",
      path: ["systemPrompt"],
      message: `Unknown variable${unknown.length > 1 ? "s" : ""} ${unknown.map((v) => `{{${v}}}`).join(", ")}: use agency_name, client_name or today, or add a custom variable.`,
    });
  }
}

export const ZCreateAgentInput = ZAgentFields.partial({
  description: true,
  providerId: true,
  model: true,
  temperature: true,
  systemPrompt: true,
  variables: true,
  tools: true,
  memoryWindow: true,
  visibility: true,
  cacheTtlSeconds: true,
})
  .strict()
  .superRefine(knownVariables);
export type TCreateAgentInput = z.infer<typeof ZCreateAgentInput>;

export const ZUpdateAgentInput = z
  .object({ id: ZId, patch: ZAgentFields.omit({ template: true }).partial().strict().superRefine(knownVariables) })
  .strict();
export type TUpdateAgentInput = z.infer<typeof ZUpdateAgentInput>;

export const ZAgent = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  template: z.enum(AGENT_TEMPLATES),
  providerId: z.string().nullable(),
  provider: z.object({ name: z.string(), kind: z.string() }).nullable(),
  model: z.string().nullable(),
  temperature: z.number(),
  systemPrompt: z.string(),
  variables: z.record(z.string(), z.string()),
  tools: z.array(ZAgentToolName),
  memoryWindow: z.number().int(),
  status: z.enum(AGENT_STATUSES),
  visibility: z.enum(AGENT_VISIBILITIES),
  cacheTtlSeconds: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TAgent = z.infer<typeof ZAgent>;

export const ZAgentStats = z.object({
  agentId: z.string(),
  runs: z.number().int(),
  succeeded: z.number().int(),
  /** Share of runs that succeeded, 0–1; null before the first run. */
  successRate: z.number().nullable(),
  /** Runs answered from the response cache, and their share of all runs (null before the first). */
  cacheHits: z.number().int(),
  cacheHitRate: z.number().nullable(),
  p50LatencyMs: z.number().nullable(),
  p95LatencyMs: z.number().nullable(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
  lastError: z.string().nullable(),
  lastRunAt: z.date().nullable(),
});
export type TAgentStats = z.infer<typeof ZAgentStats>;
