import { edge, graph, node, start, step } from "@/lib/workflow/fixtures";
import type { TWorkflowGraph } from "@/lib/workflow/graph";

/** A manual trigger and `steps` sequential `transform` steps (expression "1"): steps that do nothing. */
export function chainGraph(steps: number): TWorkflowGraph {
  const ids = Array.from({ length: steps }, (_, i) => `s${i + 1}`);
  return graph(
    [start(), ...ids.map((id) => step(id, "1"))],
    ["start", ...ids].slice(0, -1).map((source, i) => edge(source, ids[i] as string)),
  );
}

/**
 * webhook (answers with the output) → transform → condition → output: the webhook flow.
 * The transform doubles the body's `n`, the condition tests it, and the output on the branch
 * taken answers with the doubled value; the other branch's output is skipped.
 */
export function webhookGraph(): TWorkflowGraph {
  return graph(
    [
      node("hook", "trigger.webhook", { respond: "with_output", waitSeconds: 30 }),
      node("double", "transform", { expression: "input.body.n * 2" }),
      node("check", "condition", { expression: "nodes.double.output > 10" }),
      node("big", "output", { value: "big {{ nodes.double.output }}" }),
      node("small", "output", { value: "small {{ nodes.double.output }}" }),
    ],
    [edge("hook", "double"), edge("double", "check"), edge("check", "big", "true"), edge("check", "small", "false")],
  );
}

/** The body every webhook request sends, and the output its run answers with. */
export const WEBHOOK_BODY = { n: 21 };
export const WEBHOOK_OUTPUT = "big 42";
