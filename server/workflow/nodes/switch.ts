import { type NodeConfig } from "@/lib/workflow/node-types";
import { type NodeExecutor } from "./types";
import { isTruthy } from "./values";

export const SWITCH_DEFAULT = "default";

/**
 * Takes the handle of the first case whose expression is truthy, in the order of the cases; later
 * cases are not evaluated. None: the `default` handle. Output: `{ case }`, the handle taken.
 */
export const switchExecutor: NodeExecutor<NodeConfig<"switch">> = async (ctx, config) => {
  for (const item of config.cases) {
    if (isTruthy(await ctx.expression(item.expression)))
      return { kind: "done", output: { case: item.id }, handles: [item.id] };
  }
  return { kind: "done", output: { case: SWITCH_DEFAULT }, handles: [SWITCH_DEFAULT] };
};
