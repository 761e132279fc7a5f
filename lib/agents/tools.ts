/** Every tool an agent can be given; the registry in `server/ai/tools` must implement each one. */
export const TOOL_NAMES = [
  "clients.search",
  "campaigns.metrics",
  "tasks.create",
  "copy.aida",
  "http.request",
  "email.send",
  "brand.check",
  "agents.delegate",
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** A custom HTTP tool the agency defined, as an agent's tool list names it. */
export type CustomToolName = `custom.${string}`;
/** What an agent's tool list holds: built-in tools and the agency's custom HTTP tools. */
export type AgentToolName = ToolName | CustomToolName;

/** A custom tool's own name: lower-case letters, digits and underscores, starting with a letter. */
export const CUSTOM_TOOL_NAME = /^[a-z][a-z0-9_]{1,47}$/;

export function isCustomToolName(value: string): value is CustomToolName {
  return value.startsWith("custom.") && CUSTOM_TOOL_NAME.test(value.slice("custom.".length));
}

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
  "brand.check": {
    label: "Brand check",
    description: "Checks copy against a client's brand rules: banned words, required disclaimers and tone.",
  },
  "agents.delegate": {
    label: "Delegate to agents",
    description: "Hands a task to another agent of the agency and gets its answer back (at most two hand-offs deep).",
  },
};

export function isToolName(value: string): value is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(value);
}

/**
 * The name a tool travels under to the model. OpenAI (`^[a-zA-Z0-9_-]+$`) and Anthropic
 * (`^[a-zA-Z0-9_-]{1,64}$`) refuse dots in function names and the AI SDK passes names through
 * unchanged, so `clients.search` is offered as `clients_search` and `custom.weather_now` as
 * `custom_weather_now`. No built-in name has an underscore of its own or starts with `custom`,
 * so the mapping is one-to-one.
 */
export function toModelToolName(name: AgentToolName): string {
  return isCustomToolName(name) ? `custom_${name.slice("custom.".length)}` : name.replaceAll(".", "_");
}

const BY_MODEL_NAME = new Map<string, ToolName>(TOOL_NAMES.map((name) => [toModelToolName(name), name]));

/** The tool a model-side name stands for (`clients_search` → `clients.search`), or null for an unknown name. */
export function fromModelToolName(modelName: string): AgentToolName | null {
  if (modelName.startsWith("custom_")) {
    const name = `custom.${modelName.slice("custom_".length)}`;
    return isCustomToolName(name) ? name : null;
  }
  return BY_MODEL_NAME.get(modelName) ?? null;
}

/** What people see for a tool: the catalog's label for a built-in one, the agency's own name for a custom one. */
export function toolLabel(name: AgentToolName): string {
  return isToolName(name) ? TOOL_CATALOG[name].label : name.slice("custom.".length);
}
