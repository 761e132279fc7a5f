import { type z } from "zod";
import { runFormFields, type RunField } from "@/components/workflows/run-input";
import { ZTestNodeInput } from "@/lib/schemas/workflow-runs";
import { LOOP_BODY_HANDLE } from "@/lib/workflow/check-loops";
import { type TWorkflowGraph } from "@/lib/workflow/graph";
import { handlesOf, isNodeType, isTriggerType } from "@/lib/workflow/node-types";
import { adjacency, reachable, reverse, topologicalOrder } from "@/lib/workflow/topology";
import { parseJson } from "./config-issues";

/** What "Test this step" starts with: the scope its expressions read, with a place for each earlier step's output. */
export interface SampleScope {
  input: unknown;
  nodes: Record<string, { output: unknown }>;
  vars?: Record<string, unknown>;
  item?: unknown;
  index?: number;
}

/** The input `workflows.testNode` takes, as checked here before it is sent. */
export type TestNodeRequest = z.output<typeof ZTestNodeInput>;

/** Connections that run forward: those into a loop's Continue input go back upstream and are left out. */
function forwardAdjacency(graph: TWorkflowGraph) {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const edges = graph.edges.filter((edge) => {
    const target = byId.get(edge.target);
    const input = target ? handlesOf(target)?.inputs.find((handle) => handle.id === edge.targetHandle) : undefined;
    return input?.kind !== "loop_back";
  });
  return adjacency(
    graph.nodes.map((node) => node.id),
    edges.map((edge) => ({ from: edge.source, to: edge.target })),
  );
}

/**
 * The steps whose output `nodeId` can read as `nodes.<id>.output`: every step on a path leading
 * to it over forward connections, trigger first, notes left out.
 */
export function upstreamStepIds(graph: TWorkflowGraph, nodeId: string): string[] {
  const forward = forwardAdjacency(graph);
  const back = reverse(forward);
  const upstream = reachable(back, back.get(nodeId) ?? []);
  upstream.delete(nodeId); // only when it is on a cycle, which the problems list reports
  const notes = new Set(graph.nodes.filter((node) => node.type === "note").map((node) => node.id));
  const ordered = topologicalOrder(forward);
  const placed = new Set(ordered);
  // Steps on or after a cycle are not in the order; they keep the graph's order, after the rest.
  const rest = graph.nodes.map((node) => node.id).filter((id) => !placed.has(id));
  return [...ordered, ...rest].filter((id) => upstream.has(id) && !notes.has(id));
}

/** Whether `nodeId` runs once per item inside some loop's Body path (so it reads `item` and `index`). */
export function isInLoopBody(graph: TWorkflowGraph, nodeId: string): boolean {
  const forward = forwardAdjacency(graph);
  return graph.nodes.some((node) => {
    if (node.type !== "loop" || node.id === nodeId) return false;
    const starts = graph.edges
      .filter((edge) => edge.source === node.id && edge.sourceHandle === LOOP_BODY_HANDLE)
      .map((edge) => edge.target);
    return reachable(forward, starts).has(nodeId);
  });
}

function sampleValue(field: RunField): unknown {
  switch (field.kind) {
    case "boolean":
      return false;
    case "number":
    case "integer":
      return 0;
    case "select":
      return field.options?.[0] ?? "";
    case "json":
      return null;
    default:
      return "";
  }
}

/**
 * A run's input as the trigger would give it, with empty values: the Run form's fields, a
 * webhook's request, a schedule's firing time; `{}` otherwise.
 */
export function sampleInput(graph: TWorkflowGraph): Record<string, unknown> {
  const trigger = graph.nodes.find((node) => isNodeType(node.type) && isTriggerType(node.type));
  if (trigger?.type === "trigger.webhook") return { body: {}, query: {}, headers: {} };
  if (trigger?.type === "trigger.schedule") return { firedAt: "2026-01-01T09:00:00.000Z" };
  const fields = runFormFields(graph);
  return fields ? Object.fromEntries(fields.map((field) => [field.name, sampleValue(field)])) : {};
}

/**
 * The sample scope "Test this step" starts with: the trigger's input, each earlier step with a
 * placeholder output (the trigger's is its input, as in a run; the others null), the workflow's
 * variables, and a loop item when the step runs inside a loop.
 */
export function defaultSampleScope(graph: TWorkflowGraph, nodeId: string): SampleScope {
  const input = sampleInput(graph);
  const types = new Map(graph.nodes.map((node) => [node.id, node.type]));
  const nodes: SampleScope["nodes"] = {};
  for (const id of upstreamStepIds(graph, nodeId)) {
    const type = types.get(id) ?? "";
    nodes[id] = { output: isNodeType(type) && isTriggerType(type) ? input : null };
  }
  const scope: SampleScope = { input, nodes };
  if (graph.variables && Object.keys(graph.variables).length) scope.vars = { ...graph.variables };
  if (isInLoopBody(graph, nodeId)) {
    scope.item = null;
    scope.index = 0;
  }
  return scope;
}

export type SampleParse = { ok: true; request: TestNodeRequest } | { ok: false; message: string };

const SCOPE_KEYS = "input, nodes, vars, item and index";
const STEP_KEYS = new Set(["output", "status"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** What is wrong with one earlier step's entry under `nodes`, or null. */
function stepEntryProblem(id: string, entry: unknown): string | null {
  if (!isRecord(entry)) return `At nodes.${id}: write the step's result as { "output": … }, not ${describe(entry)}.`;
  const unknown = Object.keys(entry).filter((key) => !STEP_KEYS.has(key));
  if (unknown.length)
    return `At nodes.${id}: remove ${unknown.map((key) => `"${key}"`).join(", ")}; a step's entry holds only "output" and "status".`;
  if (!Object.hasOwn(entry, "output")) return `At nodes.${id}: add the step's "output" (null will do).`;
  return null;
}

/**
 * The sample input typed in the box, checked as the server will check it (and a little more: a
 * step's entry with a misspelt "output" would otherwise be read as no output); or what to fix,
 * in words. Nothing is sent unless this is ok.
 */
export function parseSampleScope(text: string, workflowId: string, nodeId: string): SampleParse {
  if (!text.trim())
    return { ok: false, message: `Write a JSON object with ${SCOPE_KEYS}, e.g. { "input": {}, "nodes": {} }.` };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const scope = parsed.value;
  if (!isRecord(scope))
    return { ok: false, message: `The sample input must be a JSON object with ${SCOPE_KEYS}, not ${describe(scope)}.` };
  const unknown = Object.keys(scope).filter((key) => !["input", "nodes", "vars", "item", "index"].includes(key));
  if (unknown.length)
    return {
      ok: false,
      message: `Remove ${unknown.map((key) => `"${key}"`).join(", ")}: the sample input holds only ${SCOPE_KEYS}.`,
    };
  if (scope.nodes !== undefined) {
    if (!isRecord(scope.nodes))
      return {
        ok: false,
        message: `"nodes" must be an object of earlier steps by id, e.g. { "fetch": { "output": {} } }, not ${describe(scope.nodes)}.`,
      };
    for (const [id, entry] of Object.entries(scope.nodes)) {
      const problem = stepEntryProblem(id, entry);
      if (problem) return { ok: false, message: problem };
    }
  }
  const checked = ZTestNodeInput.safeParse({ workflowId, nodeId, scope });
  if (checked.success) return { ok: true, request: checked.data };
  const issue = checked.error.issues[0];
  if (!issue) return { ok: false, message: "The sample input is not valid." };
  const path = issue.path.slice(issue.path[0] === "scope" ? 1 : 0).map(String);
  if (path.length === 1 && path[0] === "vars")
    return { ok: false, message: `"vars" must be an object of variables by name, e.g. { "count": 1 }.` };
  if (path.length === 1 && path[0] === "index")
    return { ok: false, message: `"index" must be a whole number from 0 (the loop item's position).` };
  return { ok: false, message: path.length ? `At ${path.join(".")}: ${issue.message}` : issue.message };
}
