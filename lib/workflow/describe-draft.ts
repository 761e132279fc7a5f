import { AGENT_TEMPLATES, TEMPLATE_DEFAULTS, type AgentTemplate } from "../agents/templates";
import { GRAPH_VERSION, ZWorkflowGraph, type TWorkflowGraph } from "./graph";
import { LOOP_CONTINUE } from "./nodes/loop";
import { agentsByTemplate, placeholderRole } from "./templates";
import { adjacency, topologicalOrder } from "./topology";
import { validateGraph } from "./validate";

/** One thing wrong with a drafted graph, in words the model (and then the person) can act on. */
export interface DraftProblem {
  nodeId?: string;
  message: string;
}

/** An agent of the agency, as a draft may name it. */
export interface DraftAgent {
  id: string;
  name: string;
  template: AgentTemplate;
}

/** What a model's answer holds once read: the graph and, when it gave them, a name and a summary. */
export interface DraftAnswer {
  graph: unknown;
  name: string | null;
  description: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isAgentTemplate = (value: string): value is AgentTemplate =>
  (AGENT_TEMPLATES as readonly string[]).includes(value);

/**
 * The JSON object in a model's answer: the whole text, else the inside of a ```json fence, else
 * everything from the first `{` to the last `}` (models like to say a word before and after).
 * Null when none of those parses as a JSON object.
 */
export function extractJsonObject(text: string): Record<string, unknown> | null {
  const candidates = [text.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fenced?.[1]) candidates.push(fenced[1].trim());
  const first = text.indexOf("{");
  const last = text.lastIndexOf("}");
  if (first !== -1 && last > first) candidates.push(text.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      const parsed: unknown = JSON.parse(candidate);
      if (isRecord(parsed)) return parsed;
    } catch {
      // Try the next reading.
    }
  }
  return null;
}

const text = (value: unknown, max: number): string | null =>
  typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null;

/** `{ name, description, graph }` as asked, or a bare graph (an object with `nodes`). */
export function readDraftAnswer(answer: Record<string, unknown>): DraftAnswer {
  if (isRecord(answer.graph))
    return { graph: answer.graph, name: text(answer.name, 120), description: text(answer.description, 1000) };
  return { graph: answer, name: null, description: null };
}

/**
 * Fills in what a model tends to leave out and a person would never have to think about: the
 * graph's version, node positions (laid out afterwards anyway), and a connection's default
 * handles and id. Anything else is left for validation to name.
 */
export function completeDraft(graph: unknown): unknown {
  if (!isRecord(graph)) return graph;
  const nodes = Array.isArray(graph.nodes)
    ? graph.nodes.map((node) =>
        isRecord(node) && !isRecord(node.position) ? { ...node, position: { x: 0, y: 0 } } : node,
      )
    : graph.nodes;
  const edges = Array.isArray(graph.edges)
    ? graph.edges.map((edge) => {
        if (!isRecord(edge)) return edge;
        const sourceHandle = typeof edge.sourceHandle === "string" && edge.sourceHandle ? edge.sourceHandle : "out";
        const targetHandle = typeof edge.targetHandle === "string" && edge.targetHandle ? edge.targetHandle : "in";
        const id =
          typeof edge.id === "string" && edge.id
            ? edge.id
            : `${String(edge.source)}.${sourceHandle}-${String(edge.target)}.${targetHandle}`;
        return { ...edge, id, sourceHandle, targetHandle };
      })
    : graph.edges;
  return { ...graph, version: graph.version ?? GRAPH_VERSION, nodes, edges };
}

/**
 * Each agent step's `agentId` made the id of one of the agency's agents: a role placeholder
 * (`role:analytics`, as templates write it) becomes the agency's agent of that role, and an
 * agent's name becomes its id. A step naming no agent of the agency is a problem.
 */
export function resolveDraftAgents(
  graph: unknown,
  agents: readonly DraftAgent[],
): { graph: unknown; problems: DraftProblem[] } {
  if (!isRecord(graph) || !Array.isArray(graph.nodes)) return { graph, problems: [] };
  const byRole = agentsByTemplate(agents);
  const ids = new Set(agents.map((agent) => agent.id));
  const byName = new Map(agents.map((agent) => [agent.name.trim().toLowerCase(), agent.id]));
  const known = agents.map((agent) => `${agent.name} (role:${agent.template})`).join(", ") || "none";
  const problems: DraftProblem[] = [];
  const nodes = graph.nodes.map((node) => {
    if (!isRecord(node) || node.type !== "agent" || !isRecord(node.config)) return node;
    const nodeId = typeof node.id === "string" ? node.id : undefined;
    const agentId = node.config.agentId;
    if (typeof agentId !== "string" || ids.has(agentId)) return node;
    const role = placeholderRole(agentId);
    const resolved = role ? byRole[role] : byName.get(agentId.trim().toLowerCase());
    if (resolved) return { ...node, config: { ...node.config, agentId: resolved } };
    problems.push({
      nodeId,
      message: role
        ? `Step "${nodeId}" needs a ${TEMPLATE_DEFAULTS[role].name} agent (${agentId}), but the agency has none. Use one of its agents: ${known}.`
        : `Step "${nodeId}" runs agent "${agentId}", which is not one of the agency's agents. Use one of: ${known}.`,
    });
    return node;
  });
  return { graph: { ...graph, nodes }, problems };
}

const COLUMN = 300;
const ROW = 180;

/**
 * Positions for a drafted graph, left to right: a step's column is the longest path to it from a
 * step nothing leads to (a loop's way back aside), rows in the order the steps were listed.
 * Models do not place boxes well, so their positions are not kept.
 */
export function layOutDraft(graph: TWorkflowGraph): TWorkflowGraph {
  const ids = graph.nodes.map((node) => node.id);
  const forward = graph.edges
    .filter((edge) => edge.targetHandle !== LOOP_CONTINUE.id)
    .map((edge) => ({ from: edge.source, to: edge.target }));
  const next = adjacency(ids, forward);
  const column = new Map<string, number>();
  for (const id of topologicalOrder(next)) {
    const here = column.get(id) ?? 0;
    column.set(id, here);
    for (const to of next.get(id) ?? []) column.set(to, Math.max(column.get(to) ?? 0, here + 1));
  }
  // Steps on a cycle have no place in the order; they go after the rest.
  const last = Math.max(0, ...column.values());
  const rows = new Map<number, number>();
  const nodes = graph.nodes.map((node) => {
    const x = column.get(node.id) ?? last + 1;
    const y = rows.get(x) ?? 0;
    rows.set(x, y + 1);
    return { ...node, position: { x: x * COLUMN, y: y * ROW } };
  });
  return { ...graph, nodes };
}

/**
 * A model's answer checked as a draft: read, completed, its agent steps pointed at the agency's
 * agents, then validated like any graph. Either the graph (laid out) or every problem found.
 */
export function checkDraft(
  answer: string,
  agents: readonly DraftAgent[],
): { ok: true; draft: DraftAnswer & { graph: TWorkflowGraph } } | { ok: false; problems: DraftProblem[] } {
  const json = extractJsonObject(answer);
  if (!json)
    return {
      ok: false,
      problems: [{ message: "The answer was not a JSON object; answer with the JSON of the workflow only." }],
    };
  const read = readDraftAnswer(json);
  const resolved = resolveDraftAgents(completeDraft(read.graph), agents);
  const flagged = new Set(resolved.problems.map((problem) => problem.nodeId));
  const validation = validateGraph(resolved.graph);
  // An agent step already flagged would also fail the id check; saying it once is enough.
  const errors = validation.errors.filter(
    (error) => !(error.nodeId && flagged.has(error.nodeId) && error.field?.startsWith("config.agentId")),
  );
  const problems = [...resolved.problems, ...errors.map(({ nodeId, message }) => ({ nodeId, message }))];
  if (problems.length) return { ok: false, problems };
  // Validation passed, so this parses; parsing drops keys a node or connection does not have.
  return { ok: true, draft: { ...read, graph: layOutDraft(ZWorkflowGraph.parse(resolved.graph)) } };
}
