import type { NodeContext } from "./types";
import { nodeContext, type NodeContextOptions } from "./test-context";

/**
 * The shared test context (real scope, real expression language) with what the side-effecting
 * executors' tests also need: a signal they can abort, as a cancelled run or a step timeout
 * does, and the run and idempotency key of the step.
 */
export type SideEffectTestContext = NodeContext & {
  /** Every piece of text the executor streamed with `emitToken`. */
  tokens: string[];
  /** Aborts `signal`. */
  abort(reason?: unknown): void;
};

export type SideEffectContextOptions = NodeContextOptions & {
  runId?: string;
  workflowId?: string;
  /** Default: a new key, as for a different step. */
  idempotencyKey?: string;
};

export function testNodeContext(options: SideEffectContextOptions = {}): SideEffectTestContext {
  const { runId, workflowId, idempotencyKey, ...shared } = options;
  const controller = new AbortController();
  return {
    ...nodeContext({ scope: { input: {} }, ...shared }),
    predecessors: shared.predecessors ?? [],
    ...(runId && { runId }),
    ...(workflowId && { workflowId }),
    idempotencyKey: idempotencyKey ?? `run_test:step_${Math.random().toString(36).slice(2)}:`,
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
  };
}
