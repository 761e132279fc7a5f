import { type z } from "zod";
import { analyzeGraph, type GraphAnalysis } from "./analyze";
import { ZWorkflowGraph } from "./graph";
import { MAX_GRAPH_ERRORS, type GraphError, type GraphErrorCode } from "./graph-error";

export { GRAPH_ERROR_CODES, InvalidGraphError, type GraphError, type GraphErrorCode } from "./graph-error";

export interface GraphValidation {
  ok: boolean;
  /** Empty exactly when `ok`; at most MAX_GRAPH_ERRORS. */
  errors: GraphError[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** A schema issue, pinned on the node or connection its path runs through. */
function schemaError(input: unknown, issue: z.core.$ZodIssue): GraphError {
  const [collection, index, ...rest] = issue.path;
  const params = issue.code === "custom" ? issue.params : undefined;
  const code: GraphErrorCode =
    params?.code === "duplicate_node_id" || params?.code === "duplicate_edge_id" ? params.code : "invalid_graph";
  if ((collection === "nodes" || collection === "edges") && typeof index === "number") {
    const item = isRecord(input) && Array.isArray(input[collection]) ? input[collection][index] : undefined;
    const id = isRecord(item) && typeof item.id === "string" ? item.id : undefined;
    const where = collection === "nodes" ? { nodeId: id } : { edgeId: id };
    const field = rest.length ? rest.map(String).join(".") : undefined;
    const what =
      collection === "nodes" ? `Step ${id ? `"${id}"` : index + 1}` : `Connection ${id ? `"${id}"` : index + 1}`;
    return { ...where, field, code, message: code === "invalid_graph" ? `${what}: ${issue.message}` : issue.message };
  }
  const field = issue.path.length ? issue.path.map(String).join(".") : undefined;
  return { field, code, message: issue.message };
}

/** The schema check, then (when the shape is right) the analysis; both for `validateGraph` and `buildPlan`. */
export function checkGraph(input: unknown): { errors: GraphError[]; analysis: GraphAnalysis | null } {
  const parsed = ZWorkflowGraph.safeParse(input);
  if (!parsed.success) return { errors: parsed.error.issues.map((issue) => schemaError(input, issue)), analysis: null };
  const analysis = analyzeGraph(parsed.data);
  return { errors: analysis.errors, analysis };
}

/**
 * Everything wrong with a workflow graph, each problem tied to a node or connection where it
 * has one: the JSON's shape first (then nothing else is checked), else unknown types, configs,
 * connections and handles, the single trigger, reachability, cycles outside loops, and the
 * syntax and `nodes.<id>` references of templates and expressions. Takes `unknown` so an
 * import can be checked as it arrives; a typed graph is checked the same way.
 */
export function validateGraph(input: unknown): GraphValidation {
  const { errors } = checkGraph(input);
  return { ok: errors.length === 0, errors: errors.slice(0, MAX_GRAPH_ERRORS) };
}
