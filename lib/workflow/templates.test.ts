import { describe, expect, it } from "vitest";
import { DEFAULT_AGENT_TEMPLATES, TEMPLATE_DEFAULTS, type AgentTemplate } from "../agents/templates";
import { evaluateExpression, evaluateTemplate } from "./expression";
import { ZWorkflowGraph } from "./graph";
import { isNodeType } from "./node-types";
import { buildPlan } from "./plan";
import {
  agentRolePlaceholder,
  agentsByTemplate,
  instantiateTemplate,
  placeholderRole,
  templateAgentSteps,
  WORKFLOW_TEMPLATE_CATEGORIES,
  WORKFLOW_TEMPLATES,
  workflowTemplate,
} from "./templates";
import { validateGraph } from "./validate";

/** One agent per default role, with ids the schema accepts. */
const AGENT_IDS = Object.fromEntries(DEFAULT_AGENT_TEMPLATES.map((role) => [role, `agent_${role}`])) as Record<
  AgentTemplate,
  string
>;

const instantiate = (id: string) => instantiateTemplate(workflowTemplate(id)!, { agentsByTemplate: AGENT_IDS });

describe("workflow templates", () => {
  it("has at least six, with unique ids and names, known categories and known step types", () => {
    expect(WORKFLOW_TEMPLATES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(WORKFLOW_TEMPLATES.map((t) => t.id)).size).toBe(WORKFLOW_TEMPLATES.length);
    expect(new Set(WORKFLOW_TEMPLATES.map((t) => t.name)).size).toBe(WORKFLOW_TEMPLATES.length);
    for (const template of WORKFLOW_TEMPLATES) {
      expect(WORKFLOW_TEMPLATE_CATEGORIES).toContain(template.category);
      expect(template.description.length).toBeGreaterThan(20);
      expect(ZWorkflowGraph.safeParse(template.graph).success).toBe(true);
      for (const node of template.graph.nodes) expect(isNodeType(node.type), node.type).toBe(true);
    }
  });

  it("covers the agency workflows the gallery promises", () => {
    const types = (id: string) => workflowTemplate(id)!.graph.nodes.map((node) => node.type);
    expect(types("content_brief")).toEqual(
      expect.arrayContaining(["trigger.manual", "agent", "guardrail", "approval", "output"]),
    );
    expect(types("weekly_client_report")).toEqual(
      expect.arrayContaining(["trigger.schedule", "agent", "email", "output"]),
    );
    expect(types("lead_qualification")).toEqual(
      expect.arrayContaining(["trigger.webhook", "llm", "condition", "set_variable", "email", "output"]),
    );
    expect(types("campaign_anomaly_alert")).toEqual(
      expect.arrayContaining(["trigger.schedule", "agent", "condition", "email"]),
    );
    expect(types("social_calendar")).toEqual(expect.arrayContaining(["trigger.manual", "loop", "llm", "output"]));
    expect(types("client_onboarding")).toEqual(
      expect.arrayContaining(["trigger.portal_form", "agent", "email", "approval", "output"]),
    );
    const lead = workflowTemplate("lead_qualification")!.graph.nodes.find((node) => node.type === "llm");
    expect(lead?.config).toHaveProperty("jsonSchema");
  });

  it("names agents by role, not by id, and the roles are the default agents' roles", () => {
    const roles = (id: string) => templateAgentSteps(workflowTemplate(id)!).map((step) => step.role);
    expect(roles("content_brief")).toEqual(["creative_intelligence"]);
    expect(roles("weekly_client_report")).toEqual(["analytics"]);
    expect(roles("campaign_anomaly_alert")).toEqual(["analytics"]);
    expect(roles("client_onboarding")).toEqual(["client_management"]);
    expect(roles("lead_qualification")).toEqual([]);
    for (const template of WORKFLOW_TEMPLATES)
      for (const step of templateAgentSteps(template)) expect(DEFAULT_AGENT_TEMPLATES).toContain(step.role);
  });

  it.each(WORKFLOW_TEMPLATES.map((template) => [template.id]))(
    "%s, instantiated with the agency's agents, validates and builds a plan",
    (id) => {
      const graph = instantiate(id);
      expect(validateGraph(graph)).toEqual({ ok: true, errors: [] });
      const plan = buildPlan(graph);
      expect(plan.order).toHaveLength(graph.nodes.filter((node) => node.type !== "note").length);
      expect(plan.nodes[plan.triggerId]?.type.startsWith("trigger.")).toBe(true);
      for (const node of Object.values(plan.nodes)) {
        if (node.type === "agent") expect(Object.values(AGENT_IDS)).toContain(node.config.agentId);
      }
    },
  );

  it("gives the social calendar a loop whose body comes back to Continue and whose results are the output", () => {
    const plan = buildPlan(instantiate("social_calendar"));
    expect(plan.loops.days?.body).toEqual(["post"]);
    expect(plan.loops.days?.continueFrom.map((edge) => edge.source)).toEqual(["post"]);
    expect(plan.nodes.calendar?.references).toEqual(["days"]);
  });
});

describe("template expressions, evaluated", () => {
  const config = (templateId: string, nodeId: string) =>
    workflowTemplate(templateId)!.graph.nodes.find((node) => node.id === nodeId)!.config as Record<string, string>;

  it("plans 7 days by default, the days asked for, and never more than 31", async () => {
    const items = config("social_calendar", "days").items!;
    expect(await evaluateExpression(items, { nodes: {}, input: {} })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await evaluateExpression(items, { nodes: {}, input: { days: 3 } })).toEqual([1, 2, 3]);
    expect(await evaluateExpression(items, { nodes: {}, input: { days: 90 } })).toHaveLength(31);
  });

  it("stores the weekly report's client and contact as one object", async () => {
    expect(await evaluateExpression(config("weekly_client_report", "client").value!, { nodes: {} })).toEqual({
      client: "Bluebird Coffee",
      email: "priya@bluebird-coffee.example",
    });
  });

  it("routes a lead on its score and returns the nurture stage", async () => {
    const scope = (score: number) => ({
      nodes: { score: { output: { score, reason: "Fits", tier: "warm" }, status: "succeeded" } },
    });
    const hot = config("lead_qualification", "is_hot").expression!;
    expect(await evaluateExpression(hot, scope(70))).toBe(true);
    expect(await evaluateExpression(hot, scope(69))).toBe(false);
    const stage = await evaluateExpression(config("lead_qualification", "nurture").value!, { nodes: {} });
    expect(
      await evaluateTemplate(config("lead_qualification", "nurture_lead").value!, {
        ...scope(40),
        vars: { stage },
      }),
    ).toEqual({ stage: "nurture", score: 40, reason: "Fits" });
  });

  it("returns the brand check's findings when copy fails it", async () => {
    const findings = [{ kind: "banned_words", word: "guaranteed" }];
    expect(
      await evaluateTemplate(config("content_brief", "brand_issues").value!, {
        nodes: { brand_check: { output: { passed: false, text: "x", findings }, status: "succeeded" } },
      }),
    ).toEqual({ status: "failed the brand check", findings });
  });
});

describe("instantiateTemplate", () => {
  it("fills in each agent step from the agency's agent of its role, leaving the template untouched", () => {
    const template = workflowTemplate("content_brief")!;
    const graph = instantiateTemplate(template, { agentsByTemplate: { creative_intelligence: "agent_ci" } });
    expect(graph.nodes.find((node) => node.id === "draft")?.config).toMatchObject({ agentId: "agent_ci" });
    expect(template.graph.nodes.find((node) => node.id === "draft")?.config).toMatchObject({
      agentId: agentRolePlaceholder("creative_intelligence"),
    });
  });

  it("leaves the agent empty when the agency has none of that role, so validation asks for one", () => {
    const graph = instantiateTemplate(workflowTemplate("weekly_client_report")!, { agentsByTemplate: {} });
    expect(graph.nodes.find((node) => node.id === "summary")?.config).toMatchObject({ agentId: "" });
    const { ok, errors } = validateGraph(graph);
    expect(ok).toBe(false);
    expect(errors).toEqual([
      expect.objectContaining({ nodeId: "summary", code: "invalid_config", field: "config.agentId" }),
    ]);
    expect(errors[0]?.message).toContain("Choose the agent to run.");
  });

  it("keeps real agent ids", () => {
    const template = workflowTemplate("weekly_client_report")!;
    const once = instantiateTemplate(template, { agentsByTemplate: { analytics: "agent_a" } });
    const twice = instantiateTemplate({ graph: once }, { agentsByTemplate: { analytics: "agent_b" } });
    expect(twice.nodes.find((node) => node.id === "summary")?.config).toMatchObject({ agentId: "agent_a" });
  });
});

describe("placeholderRole", () => {
  it("reads a role placeholder and nothing else", () => {
    expect(placeholderRole("role:analytics")).toBe("analytics");
    expect(placeholderRole("role:nobody")).toBeNull();
    expect(placeholderRole("role:constructor")).toBeNull();
    expect(placeholderRole("agent_123")).toBeNull();
    expect(placeholderRole(undefined)).toBeNull();
  });
});

describe("agentsByTemplate", () => {
  it("prefers the agent still called by the role's default name, else the first of the role", () => {
    const agents = [
      { id: "a1", name: "Numbers bot", template: "analytics" as const },
      { id: "a2", name: TEMPLATE_DEFAULTS.analytics.name, template: "analytics" as const },
      { id: "a3", name: "analytics", template: "analytics" as const },
      { id: "c1", name: "Copy doctor", template: "creative_intelligence" as const },
      { id: "c2", name: "Copy nurse", template: "creative_intelligence" as const },
    ];
    expect(agentsByTemplate(agents)).toEqual({ analytics: "a2", creative_intelligence: "c1" });
    expect(agentsByTemplate([])).toEqual({});
  });
});
