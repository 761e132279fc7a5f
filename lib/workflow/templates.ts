import { TEMPLATE_DEFAULTS, type AgentTemplate } from "../agents/templates";
import { GRAPH_VERSION, type TWorkflowEdge, type TWorkflowGraph, type TWorkflowNode } from "./graph";
import { nodeLabel } from "./node-types";

export const WORKFLOW_TEMPLATE_CATEGORIES = [
  "content",
  "reporting",
  "sales",
  "monitoring",
  "social",
  "onboarding",
] as const;
export type WorkflowTemplateCategory = (typeof WORKFLOW_TEMPLATE_CATEGORIES)[number];

export const WORKFLOW_TEMPLATE_CATEGORY_LABELS: Record<WorkflowTemplateCategory, string> = {
  content: "Content",
  reporting: "Reporting",
  sales: "Sales",
  monitoring: "Monitoring",
  social: "Social",
  onboarding: "Onboarding",
};

/**
 * A ready-made workflow. Agent ids differ per agency, so an agent step names the *role* of the
 * agent it needs (`role:analytics`) and {@link instantiateTemplate} swaps in the agency's agent.
 */
export interface WorkflowTemplate {
  id: string;
  name: string;
  description: string;
  category: WorkflowTemplateCategory;
  graph: TWorkflowGraph;
}

const ROLE_PREFIX = "role:";

/** What a template writes in an agent step's `agentId`: the role, to be replaced by an agent of that role. */
export const agentRolePlaceholder = (role: AgentTemplate): string => `${ROLE_PREFIX}${role}`;

/** The role an agent step's `agentId` stands for, or null when it is a real agent id. */
export function placeholderRole(agentId: unknown): AgentTemplate | null {
  if (typeof agentId !== "string" || !agentId.startsWith(ROLE_PREFIX)) return null;
  const role = agentId.slice(ROLE_PREFIX.length);
  return Object.hasOwn(TEMPLATE_DEFAULTS, role) ? (role as AgentTemplate) : null;
}

// ---------------------------------------------------------------------------------------------
// Small builders: columns and rows on the canvas, connections by handle.

const COLUMN = 300;
const ROW = 180;

function step(
  id: string,
  type: string,
  name: string,
  at: [column: number, row: number],
  config: Record<string, unknown>,
): TWorkflowNode {
  return { id, type, name, position: { x: at[0] * COLUMN, y: at[1] * ROW }, config };
}

function agentStep(id: string, name: string, at: [number, number], role: AgentTemplate, prompt: string) {
  return step(id, "agent", name, at, { agentId: agentRolePlaceholder(role), prompt });
}

function link(source: string, target: string, sourceHandle = "out", targetHandle = "in"): TWorkflowEdge {
  return { id: `${source}.${sourceHandle}-${target}.${targetHandle}`, source, sourceHandle, target, targetHandle };
}

const graph = (nodes: TWorkflowNode[], edges: TWorkflowEdge[]): TWorkflowGraph => ({
  version: GRAPH_VERSION,
  nodes,
  edges,
});

// ---------------------------------------------------------------------------------------------
// The templates

const contentBrief: WorkflowTemplate = {
  id: "content_brief",
  name: "Content brief to approved copy",
  description:
    "Creative Intelligence writes copy from a brief, a brand check catches banned claims and personal data, and the client approves it before it is final.",
  category: "content",
  graph: graph(
    [
      step("start", "trigger.manual", "Brief", [0, 0], {
        inputSchema: {
          type: "object",
          properties: {
            brief: { type: "string", title: "Brief", description: "What the copy is for, the offer and the audience." },
            client: { type: "string", title: "Client", description: "Whose brand the copy speaks for." },
            channel: {
              type: "string",
              title: "Channel",
              enum: ["Social", "Email", "Search ad", "Landing page"],
            },
          },
          required: ["brief"],
        },
      }),
      agentStep(
        "draft",
        "Write copy",
        [1, 0],
        "creative_intelligence",
        "Write {{ input.channel }} copy for {{ input.client }} from this brief:\n\n{{ input.brief }}\n\n" +
          "Give a headline, the body and a call to action, then score the copy with AIDA and say what you would change first.",
      ),
      step("brand_check", "guardrail", "Brand check", [2, 0], {
        input: "{{ nodes.draft.output.answer }}",
        checks: [
          { kind: "banned_words", words: ["guaranteed", "risk-free", "miracle", "cheapest", "best in the world"] },
          { kind: "pii_redaction", action: "redact" },
        ],
      }),
      step("client_approval", "approval", "Client approval", [3, 0], {
        message: "Approve this copy for {{ input.client }}:\n\n{{ nodes.brand_check.output.text }}",
      }),
      step("approved_copy", "output", "Approved copy", [4, 0], {
        value: "{{ nodes.brand_check.output.text }}",
      }),
      step("changes_requested", "output", "Changes requested", [4, 1], {
        value: '{{ {"status": "changes requested", "comment": nodes.client_approval.output.comment} }}',
      }),
      step("brand_issues", "output", "Brand issues", [3, 1], {
        value: '{{ {"status": "failed the brand check", "findings": nodes.brand_check.output.findings} }}',
      }),
    ],
    [
      link("start", "draft"),
      link("draft", "brand_check"),
      link("brand_check", "client_approval", "pass"),
      link("brand_check", "brand_issues", "fail"),
      link("client_approval", "approved_copy", "approved"),
      link("client_approval", "changes_requested", "rejected"),
    ],
  ),
};

const weeklyReport: WorkflowTemplate = {
  id: "weekly_client_report",
  name: "Weekly client report",
  description:
    "Every Monday at 8:00, the Analytics agent sums up last week's campaign numbers for a client and emails the summary to the client contact.",
  category: "reporting",
  graph: graph(
    [
      step("schedule", "trigger.schedule", "Every Monday at 8:00", [0, 0], { cron: "0 8 * * 1", timezone: "UTC" }),
      step("client", "set_variable", "Client and contact", [1, 0], {
        name: "report",
        value: '{"client": "Bluebird Coffee", "email": "priya@bluebird-coffee.example"}',
      }),
      agentStep(
        "summary",
        "Summarise the week",
        [2, 0],
        "analytics",
        "Pull the campaign metrics of {{ vars.report.client }} for the last 7 days and write a short weekly report " +
          "for the client: spend, CTR, CPA and ROAS against the week before, the biggest change and its likely cause, " +
          "and one recommendation for next week.",
      ),
      step("send", "email", "Email the client", [3, 0], {
        to: "{{ vars.report.email }}",
        subject: "Your weekly campaign report: {{ vars.report.client }}",
        body: "Hello,\n\nHere is last week's summary.\n\n{{ nodes.summary.output.answer }}\n\nBest regards",
      }),
      step("result", "output", "Report sent", [4, 0], {
        value: '{{ {"to": nodes.send.output.to, "report": nodes.summary.output.answer} }}',
      }),
    ],
    [link("schedule", "client"), link("client", "summary"), link("summary", "send"), link("send", "result")],
  ),
};

const leadQualification: WorkflowTemplate = {
  id: "lead_qualification",
  name: "Lead qualification",
  description:
    "A form or CRM posts a lead to the webhook; an AI prompt scores it as JSON, hot leads go to sales by email, and the rest are marked for nurturing.",
  category: "sales",
  graph: graph(
    [
      step("webhook", "trigger.webhook", "New lead", [0, 0], { respond: "with_output", waitSeconds: 30 }),
      step("score", "llm", "Score the lead", [1, 0], {
        system: "You qualify inbound leads for a marketing agency. Be strict: only budget, need and timing count.",
        prompt:
          "Score this lead from 0 (no fit) to 100 (ready to buy) and say why in one sentence.\n\nLead:\n{{ input.body }}",
        temperature: 0,
        jsonSchema: {
          type: "object",
          properties: {
            score: { type: "integer", description: "0 to 100" },
            tier: { type: "string", enum: ["hot", "warm", "cold"] },
            reason: { type: "string" },
          },
          required: ["score", "tier", "reason"],
        },
      }),
      step("is_hot", "condition", "Score 70 or more?", [2, 0], {
        expression: "nodes.score.output.score >= 70",
      }),
      step("notify_sales", "email", "Tell sales", [3, 0], {
        to: "sales@example.com",
        subject: "Hot lead ({{ nodes.score.output.score }}/100)",
        body: "{{ nodes.score.output.reason }}\n\nThe lead as it arrived:\n{{ input.body }}",
      }),
      step("hot_lead", "output", "Hot lead", [4, 0], {
        value: '{{ {"stage": "sales", "score": nodes.score.output.score, "reason": nodes.score.output.reason} }}',
      }),
      step("nurture", "set_variable", "Mark for nurturing", [3, 1], { name: "stage", value: '"nurture"' }),
      step("nurture_lead", "output", "Nurture lead", [4, 1], {
        value: '{{ {"stage": vars.stage, "score": nodes.score.output.score, "reason": nodes.score.output.reason} }}',
      }),
    ],
    [
      link("webhook", "score"),
      link("score", "is_hot"),
      link("is_hot", "notify_sales", "true"),
      link("notify_sales", "hot_lead"),
      link("is_hot", "nurture", "false"),
      link("nurture", "nurture_lead"),
    ],
  ),
};

const anomalyAlert: WorkflowTemplate = {
  id: "campaign_anomaly_alert",
  name: "Campaign anomaly alert",
  description:
    "Every morning the Analytics agent checks running campaigns, an AI prompt decides whether anything is off, and the account team gets an email only when it is.",
  category: "monitoring",
  graph: graph(
    [
      step("schedule", "trigger.schedule", "Every day at 7:00", [0, 0], { cron: "0 7 * * *", timezone: "UTC" }),
      agentStep(
        "check",
        "Check the metrics",
        [1, 0],
        "analytics",
        "Check the campaign metrics of every active campaign for the last 7 days. Name each campaign whose CTR, CPA, " +
          "spend or ROAS moved more than 30% against the week before, with the numbers.",
      ),
      step("assess", "llm", "Anything unusual?", [2, 0], {
        prompt:
          "Does this report name a campaign that needs attention today? Answer with JSON.\n\n{{ nodes.check.output.answer }}",
        temperature: 0,
        jsonSchema: {
          type: "object",
          properties: {
            anomaly: { type: "boolean" },
            summary: { type: "string", description: "One or two sentences for the account team." },
          },
          required: ["anomaly", "summary"],
        },
      }),
      step("has_anomaly", "condition", "Anomaly found?", [3, 0], { expression: "nodes.assess.output.anomaly = true" }),
      step("alert", "email", "Alert the account team", [4, 0], {
        to: "account-team@example.com",
        subject: "Campaign alert: {{ nodes.assess.output.summary }}",
        body: "{{ nodes.assess.output.summary }}\n\nThe full check:\n{{ nodes.check.output.answer }}",
      }),
      step("alerted", "output", "Alert sent", [5, 0], { value: "{{ nodes.assess.output }}" }),
      step("all_clear", "output", "All clear", [4, 1], { value: "{{ nodes.assess.output }}" }),
    ],
    [
      link("schedule", "check"),
      link("check", "assess"),
      link("assess", "has_anomaly"),
      link("has_anomaly", "alert", "true"),
      link("alert", "alerted"),
      link("has_anomaly", "all_clear", "false"),
    ],
  ),
};

const socialCalendar: WorkflowTemplate = {
  id: "social_calendar",
  name: "Social media calendar",
  description:
    "Give a theme, a channel and a number of days; an AI prompt writes one post per day and the run returns the whole calendar.",
  category: "social",
  graph: graph(
    [
      step("start", "trigger.manual", "Theme and days", [0, 0], {
        inputSchema: {
          type: "object",
          properties: {
            theme: {
              type: "string",
              title: "Theme",
              description: "What the posts are about, e.g. the spring blend launch.",
            },
            channel: { type: "string", title: "Channel", enum: ["Instagram", "LinkedIn", "Facebook", "X"] },
            days: { type: "integer", title: "Days", description: "How many days to plan, up to 31 (7 when empty)." },
          },
          required: ["theme"],
        },
      }),
      step("days", "loop", "For each day", [1, 0], {
        items: "[1..$min([$exists(input.days) ? input.days : 7, 31])]",
        maxIterations: 31,
      }),
      step("post", "llm", "Write the post", [2, 1], {
        prompt:
          "Write the {{ input.channel }} post for day {{ item }} of a {{ $min([$exists(input.days) ? input.days : 7, 31]) }}-day " +
          "campaign about {{ input.theme }}. Vary the angle from day to day; keep it under 60 words with one call to action and up to three hashtags.",
        temperature: 0.8,
      }),
      step("calendar", "output", "Calendar", [3, 0], {
        value: "{{ nodes.days.output.results }}",
      }),
    ],
    [
      link("start", "days"),
      link("days", "post", "body"),
      link("post", "days", "out", "continue"),
      link("days", "calendar", "done"),
    ],
  ),
};

const clientOnboarding: WorkflowTemplate = {
  id: "client_onboarding",
  name: "Client onboarding",
  description:
    "A new client fills in a portal form; Client Management records the onboarding tasks, an AI prompt drafts the welcome email, and an account manager approves it before it goes out.",
  category: "onboarding",
  graph: graph(
    [
      step("form", "trigger.portal_form", "Onboarding form", [0, 0], {
        title: "Welcome aboard",
        description: "Tell us about your company so we can plan the first weeks together.",
        fields: [
          { name: "company", label: "Company", type: "text", required: true },
          { name: "contact_name", label: "Your name", type: "text", required: true },
          { name: "contact_email", label: "Your email", type: "email", required: true },
          { name: "goals", label: "Goals for the next three months", type: "long_text" },
          { name: "start_date", label: "Preferred start", type: "date" },
        ],
      }),
      agentStep(
        "plan",
        "Create onboarding tasks",
        [1, 0],
        "client_management",
        "A new client has signed up: {{ input.company }} (contact {{ input.contact_name }}, {{ input.contact_email }}), " +
          "starting {{ input.start_date }}. Their goals: {{ input.goals }}\n\n" +
          "Create the onboarding tasks (kick-off call, access to ad accounts, brand guidelines, first campaign plan), each with a clear title, and list them.",
      ),
      step("welcome", "llm", "Draft the welcome email", [2, 0], {
        prompt:
          "Write a warm, short welcome email to {{ input.contact_name }} at {{ input.company }}. " +
          "Mention their goals ({{ input.goals }}) and the next steps:\n\n{{ nodes.plan.output.answer }}",
        temperature: 0.5,
      }),
      step("review", "approval", "Account manager review", [3, 0], {
        message: "Send this welcome email to {{ input.contact_email }}?\n\n{{ nodes.welcome.output }}",
      }),
      step("send_welcome", "email", "Send the welcome email", [4, 0], {
        to: "{{ input.contact_email }}",
        subject: "Welcome aboard, {{ input.company }}",
        body: "{{ nodes.welcome.output }}",
      }),
      step("onboarded", "output", "Onboarded", [5, 0], {
        value: '{{ {"tasks": nodes.plan.output.answer, "welcomeEmail": nodes.send_welcome.output.emailId} }}',
      }),
      step("held_back", "output", "Email held back", [4, 1], {
        value: '{{ {"tasks": nodes.plan.output.answer, "comment": nodes.review.output.comment} }}',
      }),
    ],
    [
      link("form", "plan"),
      link("plan", "welcome"),
      link("welcome", "review"),
      link("review", "send_welcome", "approved"),
      link("send_welcome", "onboarded"),
      link("review", "held_back", "rejected"),
    ],
  ),
};

/** The templates gallery, in the order it shows them. */
export const WORKFLOW_TEMPLATES: readonly WorkflowTemplate[] = [
  contentBrief,
  weeklyReport,
  leadQualification,
  anomalyAlert,
  socialCalendar,
  clientOnboarding,
];

export const workflowTemplate = (id: string): WorkflowTemplate | undefined =>
  WORKFLOW_TEMPLATES.find((template) => template.id === id);

// ---------------------------------------------------------------------------------------------
// Instantiation

/** An agent step of a template and the role of agent it needs. */
export interface TemplateAgentStep {
  nodeId: string;
  label: string;
  role: AgentTemplate;
}

/** The template's agent steps that name a role rather than an agent, in graph order. */
export function templateAgentSteps(template: Pick<WorkflowTemplate, "graph">): TemplateAgentStep[] {
  return template.graph.nodes.flatMap((node) => {
    if (node.type !== "agent") return [];
    const role = placeholderRole((node.config as { agentId?: unknown } | null)?.agentId);
    return role ? [{ nodeId: node.id, label: nodeLabel(node), role }] : [];
  });
}

/**
 * The agency's agent for each role: the one still called by the role's default name
 * ("Analytics"), else the first of that role in `agents`' order.
 */
export function agentsByTemplate(
  agents: readonly { id: string; name: string; template: AgentTemplate }[],
): Partial<Record<AgentTemplate, string>> {
  const chosen: Partial<Record<AgentTemplate, { id: string; isDefault: boolean }>> = {};
  for (const agent of agents) {
    const isDefault = agent.name.trim().toLowerCase() === TEMPLATE_DEFAULTS[agent.template].name.toLowerCase();
    const current = chosen[agent.template];
    if (!current || (isDefault && !current.isDefault)) chosen[agent.template] = { id: agent.id, isDefault };
  }
  return Object.fromEntries(Object.entries(chosen).map(([role, agent]) => [role, agent.id]));
}

/**
 * A copy of the template's graph for one agency: each agent step's role placeholder becomes the
 * id of the agency's agent of that role (`agentsByTemplate`, keyed by role). A role the agency
 * has no agent for leaves the step's agent empty, so validation asks the person to choose one.
 */
export function instantiateTemplate(
  template: Pick<WorkflowTemplate, "graph">,
  options: { agentsByTemplate: Partial<Record<string, string>> },
): TWorkflowGraph {
  const copy = structuredClone(template.graph);
  for (const node of copy.nodes) {
    if (node.type !== "agent" || typeof node.config !== "object" || node.config === null) continue;
    const config = node.config as { agentId?: unknown };
    const role = placeholderRole(config.agentId);
    if (role) config.agentId = options.agentsByTemplate[role] ?? "";
  }
  return copy;
}
