export const GRAPH_ERROR_CODES = [
  /** The JSON is not a workflow graph (wrong shape, a bad id, too large). */
  "invalid_graph",
  "duplicate_node_id",
  "duplicate_edge_id",
  "unknown_type",
  "invalid_config",
  /** Retry, timeout or error handling on a trigger or note, which never run as steps. */
  "not_applicable",
  "edge_missing_node",
  "edge_missing_handle",
  /** Input to input, output to output, or kinds `canConnect` refuses. */
  "incompatible_handles",
  "duplicate_edge",
  "no_trigger",
  "multiple_triggers",
  "unreachable",
  /** A webhook that answers with the output, in a workflow without an Output step. */
  "no_output",
  "cycle",
  /** A connection into a loop's Continue input from outside its body. */
  "loop_back_outside_body",
  /** A connection from outside a loop into a step of its body. */
  "loop_body_entry",
  /** A step both inside a loop's body and after the loop. */
  "loop_body_overlap",
  "expression_syntax",
  "unknown_reference",
  "reference_not_before",
] as const;
export type GraphErrorCode = (typeof GRAPH_ERROR_CODES)[number];

/** One problem with a graph, tied to the node or connection to pin it on. */
export interface GraphError {
  nodeId?: string;
  edgeId?: string;
  /** Where on the node: "config.prompt", "config.cases.0.expression", "retry.attempts", "type". */
  field?: string;
  code: GraphErrorCode;
  /** A sentence the person building the workflow can act on. */
  message: string;
}

/** Most errors reported for one graph: enough to work through, short enough to show. */
export const MAX_GRAPH_ERRORS = 200;

/** Thrown by `buildPlan` for a graph `validateGraph` refuses; the engine maps it once, at its boundary. */
export class InvalidGraphError extends Error {
  constructor(readonly errors: readonly GraphError[]) {
    super(
      `The workflow has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}: ${errors
        .slice(0, 3)
        .map((error) => error.message)
        .join(" ")}`,
    );
    this.name = "InvalidGraphError";
  }
}
