import { type NodeConfig } from "@/lib/workflow/node-types";
import { type NodeExecutor } from "./types";
import { orNull } from "./values";

/** Passes on the expression's value (null when it matched nothing). */
export const transformExecutor: NodeExecutor<NodeConfig<"transform">> = async (ctx, config) => ({
  kind: "done",
  output: orNull(await ctx.expression(config.expression)),
});
