import { type NodeConfig } from "@/lib/workflow/node-types";
import { type NodeExecutor } from "./types";

/** Statuses of a predecessor whose output the merge passes on: a failed step the run went past keeps its default. */
const FINISHED = new Set(["succeeded", "failed"]);

/**
 * Outputs `{ inputs: { <predecessor id>: <its output> } }` for the paths that have finished.
 * When it runs is the engine's part (every path for `all`, the first for `first`); a path that
 * was skipped (a condition's other branch) or has not finished is left out.
 */
export const mergeExecutor: NodeExecutor<NodeConfig<"merge">> = async (ctx) => {
  const inputs: Record<string, unknown> = {};
  for (const id of ctx.predecessors) {
    const step = ctx.scope.nodes[id];
    if (step && FINISHED.has(step.status)) inputs[id] = step.output;
  }
  return { kind: "done", output: { inputs } };
};
