import { evaluateExpression, evaluateTemplate } from "@/lib/workflow/expression";
import { NODE_TYPES, type NodeConfig, type NodeType } from "@/lib/workflow/node-types";
import type { AuditActor } from "../../audit/record";
import type { NodeContext, RunScope } from "./types";

export type NodeContextOptions = {
  organizationId?: string;
  actor?: AuditActor;
  nodeId?: string;
  scope?: Partial<RunScope>;
  resume?: NodeContext["resume"];
  /** The clock the executor reads; fixed, so waits and timeouts can be asserted exactly. */
  now?: Date;
  /** The steps with a connection into the node. */
  predecessors?: string[];
};

export const TEST_NOW = new Date("2026-03-02T10:00:00.000Z");

const TEST_ACTOR: AuditActor = { userId: null, label: "workflow test", ip: null, userAgent: null };

/**
 * A NodeContext for the executors' tests, with a real scope and the real expression language
 * (lib/workflow/expression.ts), as the engine builds it.
 */
export function nodeContext(options: NodeContextOptions = {}): NodeContext & { tokens: string[] } {
  const scope: RunScope = { nodes: {}, input: null, vars: {}, ...options.scope };
  const tokens: string[] = [];
  const now = options.now ?? TEST_NOW;
  return {
    organizationId: options.organizationId ?? "org_test",
    actor: options.actor ?? TEST_ACTOR,
    runId: "run_test",
    workflowId: "wf_test",
    nodeId: options.nodeId ?? "step",
    depth: 0,
    idempotencyKey: "run_test:step:",
    signal: new AbortController().signal,
    scope,
    predecessors: options.predecessors ?? [],
    template: (text) => evaluateTemplate(text, scope),
    expression: (source) => evaluateExpression(source, scope),
    emitToken: (text) => void tokens.push(text),
    resume: options.resume ?? null,
    now: () => new Date(now),
    tokens,
  };
}

/** A node's config as the engine hands it over: parsed by the type's schema, defaults filled in. */
export const configOf = <T extends NodeType>(type: T, config: unknown): NodeConfig<T> =>
  NODE_TYPES[type].config.parse(config) as NodeConfig<T>;
