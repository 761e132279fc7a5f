import { describe, expect, it } from "vitest";
import {
  checkDraft,
  completeDraft,
  extractJsonObject,
  layOutDraft,
  readDraftAnswer,
  resolveDraftAgents,
  type DraftAgent,
} from "./describe-draft";
import { edge, graph, node, start, step } from "./fixtures";
import { agentRolePlaceholder, workflowTemplate } from "./templates";
import { validateGraph } from "./validate";

const AGENTS: DraftAgent[] = [
  { id: "agent_analytics", name: "Analytics", template: "analytics" },
  { id: "agent_cos", name: "Chief of Staff", template: "chief_of_staff" },
];

/** start → agent step → result, the agent step naming `agentId`. */
const withAgent = (agentId: string) =>
  graph(
    [
      start(),
      node("summary", "agent", { agentId, prompt: "Sum up last week." }),
      node("result", "output", { value: "{{ nodes.summary.output.answer }}" }),
    ],
    [edge("start", "summary"), edge("summary", "result")],
  );

describe("extractJsonObject", () => {
  it("reads a bare object, a fenced one, and one with words around it", () => {
    expect(extractJsonObject('{"a": 1}')).toEqual({ a: 1 });
    expect(extractJsonObject('Here it is:\n```json\n{"a": 2}\n```')).toEqual({ a: 2 });
    expect(extractJsonObject('Sure! {"a": {"b": 3}} Hope that helps.')).toEqual({ a: { b: 3 } });
  });

  it("gives null for prose, arrays and broken JSON", () => {
    expect(extractJsonObject("I cannot do that.")).toBeNull();
    expect(extractJsonObject("[1, 2]")).toBeNull();
    expect(extractJsonObject('{"a": ')).toBeNull();
  });
});

describe("readDraftAnswer", () => {
  it("takes name, description and graph, or a bare graph", () => {
    const bare = withAgent("agent_analytics");
    expect(readDraftAnswer({ name: " Report ", description: "Weekly.", graph: bare })).toEqual({
      graph: bare,
      name: "Report",
      description: "Weekly.",
    });
    expect(readDraftAnswer(bare)).toEqual({ graph: bare, name: null, description: null });
  });
});

describe("completeDraft", () => {
  it("fills in the version, positions and a connection's default handles and id", () => {
    const completed = completeDraft({
      nodes: [{ id: "start", type: "trigger.manual", config: {} }],
      edges: [{ source: "start", target: "result" }],
    });
    expect(completed).toEqual({
      version: 1,
      nodes: [{ id: "start", type: "trigger.manual", config: {}, position: { x: 0, y: 0 } }],
      edges: [
        { id: "start.out-result.in", source: "start", sourceHandle: "out", target: "result", targetHandle: "in" },
      ],
    });
  });

  it("leaves what is not a graph for validation to name", () => {
    expect(completeDraft("nope")).toBe("nope");
    expect(completeDraft({ nodes: "x" })).toEqual({ version: 1, nodes: "x", edges: undefined });
  });
});

describe("resolveDraftAgents", () => {
  const agentId = (result: { graph: unknown }) =>
    (result.graph as ReturnType<typeof withAgent>).nodes[1]!.config as { agentId: string };

  it("turns a role placeholder, or an agent's name, into the agency's agent id", () => {
    expect(agentId(resolveDraftAgents(withAgent(agentRolePlaceholder("analytics")), AGENTS))).toEqual(
      expect.objectContaining({ agentId: "agent_analytics" }),
    );
    expect(agentId(resolveDraftAgents(withAgent("analytics"), AGENTS)).agentId).toBe("agent_analytics");
    const kept = resolveDraftAgents(withAgent("agent_cos"), AGENTS);
    expect(kept.problems).toEqual([]);
    expect(agentId(kept).agentId).toBe("agent_cos");
  });

  it("names a role the agency has no agent for, and an agent that is not the agency's", () => {
    const role = resolveDraftAgents(withAgent("role:creative_intelligence"), AGENTS);
    expect(role.problems).toEqual([
      {
        nodeId: "summary",
        message: expect.stringContaining("needs a Creative Intelligence agent") as string,
      },
    ]);
    const stranger = resolveDraftAgents(withAgent("agent_elsewhere"), AGENTS);
    expect(stranger.problems[0]?.message).toMatch(/"agent_elsewhere", which is not one of the agency's agents/);
    expect(stranger.problems[0]?.message).toContain("Analytics (role:analytics)");
  });
});

describe("layOutDraft", () => {
  it("puts each step one column after its furthest predecessor, rows in listed order", () => {
    const laid = layOutDraft(
      graph(
        [start(), step("a"), step("b"), step("c")],
        [edge("start", "a"), edge("start", "b"), edge("a", "c"), edge("b", "c")],
      ),
    );
    expect(laid.nodes.map((n) => [n.id, n.position])).toEqual([
      ["start", { x: 0, y: 0 }],
      ["a", { x: 300, y: 0 }],
      ["b", { x: 300, y: 180 }],
      ["c", { x: 600, y: 0 }],
    ]);
  });

  it("keeps a loop's way back from pulling the loop to the right", () => {
    const template = workflowTemplate("social_calendar")!;
    const laid = layOutDraft(template.graph);
    const x = (id: string) => laid.nodes.find((n) => n.id === id)!.position.x;
    expect([x("start"), x("days"), x("post"), x("calendar")]).toEqual([0, 300, 600, 600]);
  });
});

describe("checkDraft", () => {
  it("accepts a valid answer, agents resolved and laid out", () => {
    const answer = JSON.stringify({ name: "Report", description: "Sums up.", graph: withAgent("role:analytics") });
    const checked = checkDraft(answer, AGENTS);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.draft.name).toBe("Report");
    expect(validateGraph(checked.draft.graph)).toEqual({ ok: true, errors: [] });
    expect(checked.draft.graph.nodes[1]!.config).toMatchObject({ agentId: "agent_analytics" });
    expect(checked.draft.graph.nodes.map((n) => n.position.x)).toEqual([0, 300, 600]);
  });

  it("names every problem: not JSON, an unknown type, a missing agent once", () => {
    expect(checkDraft("no", AGENTS)).toEqual({
      ok: false,
      problems: [{ message: expect.stringContaining("not a JSON object") as string }],
    });
    const broken = withAgent("role:client_management");
    broken.nodes.push(node("upload", "ftp.upload"));
    broken.edges.push(edge("summary", "upload"));
    const checked = checkDraft(JSON.stringify(broken), AGENTS);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const messages = checked.problems.map((problem) => problem.message);
    expect(messages.filter((m) => m.includes("summary") || m.includes("agentId"))).toHaveLength(1);
    expect(messages.some((m) => m.includes('"ftp.upload" step'))).toBe(true);
  });
});
