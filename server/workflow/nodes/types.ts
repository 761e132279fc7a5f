import type { AuditActor } from "../../audit/record";

/** What expressions in a node's config can read (lib/workflow/expression.ts). */
export type RunScope = {
  /** Each finished node's output and status, by node id. */
  nodes: Record<string, { output: unknown; status: string }>;
  /** The trigger's input. */
  input: unknown;
  /** Values set by set_variable nodes. */
  vars: Record<string, unknown>;
  /** Inside a loop body: the current item and its index. */
  item?: unknown;
  index?: number;
};

/** Tokens and money a step spent (agent and LLM steps). */
export type StepUsage = { inputTokens: number; outputTokens: number; costUsd: number };

/** Everything an executor may use. It never touches the run's rows: the engine records the result. */
export type NodeContext = {
  organizationId: string;
  /** Who the run acts for: the person who started it, or the trigger. */
  actor: AuditActor;
  runId: string;
  workflowId: string;
  nodeId: string;
  /** Sub-workflow depth of this run: 0 for a run a trigger started. */
  depth: number;
  /** Stable across attempts of this step in this run: sent as `Idempotency-Key` by side-effecting nodes. */
  idempotencyKey: string;
  /** Aborted when the run is cancelled or the step times out. */
  signal: AbortSignal;
  scope: RunScope;
  /** Ids of the steps with a connection into this node, in the graph's order (a merge reads them). */
  predecessors: readonly string[];
  /** Evaluates a `{{ … }}` template against the scope (a lone expression keeps its type). */
  template(text: string): Promise<unknown>;
  /** Evaluates a bare expression against the scope. */
  expression(source: string): Promise<unknown>;
  /** Streams a piece of text (model tokens) to live viewers of the run. */
  emitToken(text: string): void;
  /**
   * For nodes that pause (approval, delay): what the engine recorded when the step first
   * waited, and how it was resumed (approved/rejected with a comment, or the timer fired).
   */
  resume: { data: unknown; decision?: { handle: string; comment: string | null; by: string | null } } | null;
  now(): Date;
};

export type NodeResult =
  | {
      kind: "done";
      output: unknown;
      /** What the step worked on, resolved (templates filled in): kept on the step for the trace. */
      input?: unknown;
      /** The output handle to follow (condition `true`/`false`, switch case…); default: every flow handle. */
      handles?: string[];
      usage?: StepUsage;
    }
  | {
      kind: "wait";
      /** Kept with the waiting step and handed back in `ctx.resume.data`. */
      data: unknown;
      /** When the engine resumes the step by itself (delay's timer, approval's timeout). */
      resumeAt?: Date;
      /** Shown to people while it waits ("Waiting for approval: …"). */
      reason: string;
    };

/** A node type's executor: config is already validated against the type's schema. */
export type NodeExecutor<C> = (ctx: NodeContext, config: C) => Promise<NodeResult>;
