/** Every tool an agent can be given; the registry in `server/ai/tools` must implement each one. */
export const TOOL_NAMES = [
  "clients.search",
  "campaigns.metrics",
  "tasks.create",
  "copy.aida",
  "http.request",
  "email.send",
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** What the agent editor lists for each tool. */
export const TOOL_CATALOG: Record<ToolName, { label: string; description: string }> = {
  "clients.search": {
    label: "Search clients",
    description: "Finds the agency's clients by name, website, industry or tag.",
  },
  "campaigns.metrics": {
    label: "Campaign metrics",
    description: "Reads spend, revenue, conversions and KPIs (CTR, CPC, CPA, ROAS, ROI) for a period, with the change.",
  },
  "tasks.create": {
    label: "Create tasks",
    description: "Adds a task to the board, recorded as made by the agent.",
  },
  "copy.aida": {
    label: "AIDA copy score",
    description: "Scores a text for attention, interest, desire and action, with a reason for each.",
  },
  "http.request": {
    label: "Web requests",
    description: "Fetches a public web address (GET or POST); private and internal addresses are refused.",
  },
  "email.send": {
    label: "Send email",
    description: "Sends an email from the agency; every message is kept in the outbox and audited.",
  },
};

export function isToolName(value: string): value is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(value);
}

/**
 * The name a tool travels under to the model. OpenAI (`^[a-zA-Z0-9_-]+$`) and Anthropic
 * (`^[a-zA-Z0-9_-]{1,64}$`) refuse dots in function names and the AI SDK passes names through
 * unchanged, so `clients.search` is offered as `clients_search`. No tool name has an
 * underscore of its own, so the mapping is one-to-one.
 */
export function toModelToolName(name: ToolName): string {
  return name.replaceAll(".", "_");
}

const BY_MODEL_NAME = new Map<string, ToolName>(TOOL_NAMES.map((name) => [toModelToolName(name), name]));

/** The tool a model-side name stands for (`clients_search` → `clients.search`), or null for an unknown name. */
export function fromModelToolName(modelName: string): ToolName | null {
  return BY_MODEL_NAME.get(modelName) ?? null;
}
