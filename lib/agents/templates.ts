import type { ToolName } from "./tools";

export const AGENT_TEMPLATES = [
  "creative_intelligence",
  "marketing_automation",
  "client_management",
  "analytics",
  "chief_of_staff",
  "master_operator",
  "custom",
] as const;
export type AgentTemplate = (typeof AGENT_TEMPLATES)[number];

type TemplateDefaults = {
  name: string;
  description: string;
  systemPrompt: string;
  tools: ToolName[];
  temperature: number;
};

const HOUSE_RULES =
  "You work for {{agency_name}}, a marketing agency. Today is {{today}}. The client in focus is {{client_name}}. " +
  "Use the tools for facts about clients, campaigns and tasks; never invent numbers. Be brief and concrete.";

/** What a new agent of each role starts with; every field can be changed afterwards. */
export const TEMPLATE_DEFAULTS: Record<AgentTemplate, TemplateDefaults> = {
  creative_intelligence: {
    name: "Creative Intelligence",
    description: "Scores copy with AIDA, checks it against the brand, and predicts performance from past campaigns.",
    systemPrompt: `${HOUSE_RULES}\nYou review creative. For any copy: score it with AIDA (copy.aida), say what to change first, check it against the client's brand rules (brand.check), and compare with how similar campaigns performed (campaigns.metrics).`,
    tools: ["copy.aida", "brand.check", "campaigns.metrics"],
    temperature: 0.4,
  },
  marketing_automation: {
    name: "Marketing Automation",
    description: "Turns plans into scheduled work: tasks, follow-up emails and checks on running campaigns.",
    systemPrompt: `${HOUSE_RULES}\nYou turn plans into tasks (tasks.create) and emails (email.send), and watch campaign numbers (campaigns.metrics) for what needs action.`,
    tools: ["tasks.create", "email.send", "campaigns.metrics"],
    temperature: 0.3,
  },
  client_management: {
    name: "Client Management",
    description: "Knows the client list, prepares follow-ups and keeps commitments as tasks.",
    systemPrompt: `${HOUSE_RULES}\nYou look after client relationships: find clients (clients.search), record commitments as tasks (tasks.create) and draft follow-up emails (email.send).`,
    tools: ["clients.search", "tasks.create", "email.send"],
    temperature: 0.5,
  },
  analytics: {
    name: "Analytics",
    description: "Explains campaign performance: KPIs, trends and anomalies, in plain words.",
    systemPrompt: `${HOUSE_RULES}\nYou explain performance. Pull the numbers (campaigns.metrics), name the biggest change and its likely cause, and suggest one next step.`,
    tools: ["campaigns.metrics", "clients.search"],
    temperature: 0.2,
  },
  chief_of_staff: {
    name: "Chief of Staff",
    description: "Breaks a goal into tasks and hands each to the best-suited agent, then reports back.",
    systemPrompt: `${HOUSE_RULES}\nYou decompose goals. Split the goal into concrete tasks, record each one (tasks.create) with a clear title, hand each to the best-suited agent (agents.delegate: Creative Intelligence for copy and brand, Analytics for numbers, Client Management for client follow-up, Marketing Automation for emails and scheduled work), and report back what each agent answered.`,
    tools: ["tasks.create", "agents.delegate", "clients.search", "campaigns.metrics"],
    temperature: 0.3,
  },
  master_operator: {
    name: "Master Operator",
    description: "Has every tool; for people who want one agent that can do anything the others can.",
    systemPrompt: `${HOUSE_RULES}\nYou can use every tool. Prefer reading before writing, and say what you changed.`,
    tools: [
      "clients.search",
      "campaigns.metrics",
      "tasks.create",
      "copy.aida",
      "brand.check",
      "agents.delegate",
      "http.request",
      "email.send",
    ],
    temperature: 0.4,
  },
  custom: {
    name: "Custom agent",
    description: "Starts empty: write its instructions and choose its tools.",
    systemPrompt: `${HOUSE_RULES}`,
    tools: [],
    temperature: 0.7,
  },
};

/** The agents every new agency starts with (all roles but "custom"). */
export const DEFAULT_AGENT_TEMPLATES = AGENT_TEMPLATES.filter((t) => t !== "custom");
