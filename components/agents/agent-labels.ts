import type { AgentTemplate } from "@/lib/agents/templates";
import type { TAgent } from "@/lib/schemas/agents";

export { OFFLINE_MODEL_LABEL } from "@/lib/agents/offline";

export const TEMPLATE_LABELS = {
  creative_intelligence: "Creative Intelligence",
  marketing_automation: "Marketing Automation",
  client_management: "Client Management",
  analytics: "Analytics",
  chief_of_staff: "Chief of Staff",
  master_operator: "Master Operator",
  custom: "Custom",
} as const satisfies Record<AgentTemplate, string>;

export const STATUS_LABELS = {
  idle: "Idle",
  active: "Active",
  busy: "Busy",
  error: "Error",
  offline: "Offline",
} as const satisfies Record<TAgent["status"], string>;

/** The editor's wording; the list uses the first word. */
export const VISIBILITY_LABELS = {
  internal: "Internal (your agency only)",
  published: "Published (for the client portal)",
} as const satisfies Record<TAgent["visibility"], string>;

export const shortVisibilityLabel = (visibility: TAgent["visibility"]) => VISIBILITY_LABELS[visibility].split(" (")[0];

/** "Offline model", or the provider and the model it runs (its default when none is chosen). */
export function modelSummary(agent: Pick<TAgent, "provider" | "model">): string {
  if (!agent.provider) return "Offline model";
  return `${agent.provider.name} · ${agent.model ?? "default model"}`;
}
