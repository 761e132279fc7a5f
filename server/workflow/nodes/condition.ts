import { type NodeConfig } from "@/lib/workflow/node-types";
import { type NodeExecutor } from "./types";
import { isTruthy } from "./values";

/** Takes `true` when the expression's value is truthy (see {@link isTruthy}), `false` otherwise. */
export const conditionExecutor: NodeExecutor<NodeConfig<"condition">> = async (ctx, config) => {
  const value = isTruthy(await ctx.expression(config.expression));
  return { kind: "done", output: { value }, handles: [value ? "true" : "false"] };
};
