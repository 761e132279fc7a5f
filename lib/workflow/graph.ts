import { z } from "zod";

/** Graph format version; bumped only with a migration for stored graphs. */
export const GRAPH_VERSION = 1;

export const MAX_NODES = 1_000;
export const MAX_EDGES = 5_000;
/** Characters of one node's config as JSON: room for long prompts, not for pasted data sets. */
export const MAX_CONFIG_CHARS = 64_000;
export const MAX_VARIABLES = 100;
/** Characters of all workflow variables' initial values as JSON. */
export const MAX_VARIABLES_CHARS = 64_000;
export const MAX_NODE_NAME_CHARS = 80;
/** The longest per-node timeout: steps that wait longer (approval, delay) wait outside it. */
export const MAX_TIMEOUT_MS = 60 * 60 * 1_000;
export const MAX_BACKOFF_MS = 60 * 60 * 1_000;

/** Node ids appear in expressions (`nodes.fetch.output`), so they are short, lower-case slugs. */
export const NODE_ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const VARIABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export const ON_ERROR_MODES = ["fail", "continue", "branch"] as const;
export type OnErrorMode = (typeof ON_ERROR_MODES)[number];

/** The length of `value` as JSON, or null when it is not JSON (a cycle, a BigInt). */
export function jsonLength(value: unknown): number | null {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return null;
  }
}

export const ZNodeId = z
  .string()
  .regex(
    NODE_ID_PATTERN,
    "A step id starts with a lower-case letter and uses only a–z, 0–9 and _ (at most 40 characters), e.g. fetch_posts.",
  );

const ZCoordinate = z
  .number({ error: "A position must be a number." })
  .min(-1_000_000, "That position is off the canvas.")
  .max(1_000_000, "That position is off the canvas.");

export const ZPosition = z.object({ x: ZCoordinate, y: ZCoordinate });
export type TPosition = z.infer<typeof ZPosition>;

const ZJsonValue = z.unknown().superRefine((value, ctx) => {
  const length = jsonLength(value);
  if (length === null) ctx.addIssue({ code: "custom", message: "This must be plain JSON data." });
  else if (length > MAX_CONFIG_CHARS)
    ctx.addIssue({
      code: "custom",
      message: `This is too large: at most ${MAX_CONFIG_CHARS.toLocaleString("en-US")} characters as JSON.`,
    });
});

export const ZOnError = z.object({
  /** fail: the run fails; continue: the step's output becomes `default`; branch: the `error` handle is taken. */
  mode: z.enum(ON_ERROR_MODES, { error: "Choose what happens on an error: fail, continue or branch." }),
  default: ZJsonValue.optional(),
});
export type TOnError = z.infer<typeof ZOnError>;

const ZMs = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number of milliseconds.` })
    .int(`${what} must be a whole number of milliseconds.`)
    .min(0, `${what} cannot be negative.`)
    .max(max, `${what} can be at most ${max / 60_000} minutes.`);

export const ZRetry = z
  .object({
    /** Tries in all, the first included: 1 means no retry. */
    attempts: z
      .number({ error: "Attempts must be a number." })
      .int("Attempts must be a whole number.")
      .min(1, "Attempts runs from 1 (no retry) to 10.")
      .max(10, "Attempts runs from 1 (no retry) to 10."),
    /** Wait before the first retry; doubled each time, with jitter, up to `maxBackoffMs`. */
    backoffMs: ZMs("The first wait", MAX_BACKOFF_MS),
    maxBackoffMs: ZMs("The longest wait", MAX_BACKOFF_MS),
  })
  .refine((retry) => retry.maxBackoffMs >= retry.backoffMs, {
    path: ["maxBackoffMs"],
    message: "The longest wait must be at least the first wait.",
  });
export type TRetry = z.infer<typeof ZRetry>;

export const ZWorkflowNode = z.object({
  id: ZNodeId,
  /** Checked against the node types by `validateGraph`, so an unknown type is an error on this node. */
  type: z.string().min(1, "A step needs a type.").max(64),
  name: z
    .string()
    .trim()
    .max(MAX_NODE_NAME_CHARS, `A name can be at most ${MAX_NODE_NAME_CHARS} characters.`)
    .optional(),
  position: ZPosition,
  /** Checked against the node type's config schema by `validateGraph`. */
  config: ZJsonValue,
  onError: ZOnError.optional(),
  retry: ZRetry.optional(),
  timeoutMs: z
    .number({ error: "The timeout must be a number of milliseconds." })
    .int("The timeout must be a whole number of milliseconds.")
    .min(1_000, "The timeout must be at least 1 second.")
    .max(MAX_TIMEOUT_MS, `The timeout can be at most ${MAX_TIMEOUT_MS / 60_000} minutes.`)
    .optional(),
});
export type TWorkflowNode = z.infer<typeof ZWorkflowNode>;

const ZHandleId = z.string().min(1, "A connection must name its handle.").max(64);

export const ZWorkflowEdge = z.object({
  id: z.string().min(1, "A connection needs an id.").max(200),
  source: z.string().min(1).max(64),
  sourceHandle: ZHandleId,
  target: z.string().min(1).max(64),
  targetHandle: ZHandleId,
});
export type TWorkflowEdge = z.infer<typeof ZWorkflowEdge>;

export const ZWorkflowVariables = z
  .record(
    z
      .string()
      .regex(VARIABLE_NAME_PATTERN, "A variable name uses letters, digits and _, and starts with a letter or _."),
    z.unknown(),
  )
  .superRefine((variables, ctx) => {
    if (Object.keys(variables).length > MAX_VARIABLES)
      ctx.addIssue({ code: "custom", message: `At most ${MAX_VARIABLES} variables.` });
    const length = jsonLength(variables);
    if (length === null) ctx.addIssue({ code: "custom", message: "Variable values must be plain JSON data." });
    else if (length > MAX_VARIABLES_CHARS)
      ctx.addIssue({
        code: "custom",
        message: `Variables are too large: at most ${MAX_VARIABLES_CHARS.toLocaleString("en-US")} characters as JSON.`,
      });
  });

export const MAX_RUN_TIMEOUT_SECONDS = 30 * 24 * 60 * 60;

/** Settings of the whole workflow. */
export const ZWorkflowSettings = z.object({
  /** A run still going this long after it started fails, waits included. */
  runTimeoutSeconds: z
    .number({ error: "The run's time limit must be a number of seconds." })
    .int("The run's time limit must be a whole number of seconds.")
    .min(1, "The run's time limit must be at least 1 second.")
    .max(MAX_RUN_TIMEOUT_SECONDS, "The run's time limit can be at most 30 days.")
    .optional(),
});
export type TWorkflowSettings = z.infer<typeof ZWorkflowSettings>;

/**
 * A workflow as stored, exported and drawn. Node and edge objects drop keys they do not know
 * (React Flow adds `selected`, `measured`, …), while each type's config is strict, where an
 * unknown key is a mistake. Ids must be unique; everything else about the graph's shape is
 * checked by `validateGraph`, which ties each problem to its node.
 */
export const ZWorkflowGraph = z
  .object({
    version: z.literal(GRAPH_VERSION, { error: `This is not a version ${GRAPH_VERSION} workflow.` }),
    nodes: z.array(ZWorkflowNode).max(MAX_NODES, `A workflow can have at most ${MAX_NODES} steps.`),
    edges: z.array(ZWorkflowEdge).max(MAX_EDGES, `A workflow can have at most ${MAX_EDGES} connections.`),
    variables: ZWorkflowVariables.optional(),
    settings: ZWorkflowSettings.optional(),
  })
  .superRefine((graph, ctx) => {
    const duplicate = (ids: string[], kind: "nodes" | "edges", message: (id: string) => string) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id))
          ctx.addIssue({
            code: "custom",
            path: [kind, index, "id"],
            message: message(id),
            params: { code: kind === "nodes" ? "duplicate_node_id" : "duplicate_edge_id" },
          });
        seen.add(id);
      });
    };
    duplicate(
      graph.nodes.map((node) => node.id),
      "nodes",
      (id) => `Two steps have the id "${id}"; give each step its own id.`,
    );
    duplicate(
      graph.edges.map((edge) => edge.id),
      "edges",
      (id) => `Two connections have the id "${id}".`,
    );
  });
export type TWorkflowGraph = z.infer<typeof ZWorkflowGraph>;
