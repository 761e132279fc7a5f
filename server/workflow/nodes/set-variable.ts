import { type NodeConfig } from "@/lib/workflow/node-types";
import { type NodeExecutor } from "./types";
import { orNull } from "./values";

/**
 * Evaluates the value and outputs `{ name, value }`. It does not write `scope.vars` itself: the
 * engine sets `vars[name] = value` from this output once the step is recorded, so a resumed run
 * rebuilds its variables from the recorded steps.
 */
export const setVariableExecutor: NodeExecutor<NodeConfig<"set_variable">> = async (ctx, config) => ({
  kind: "done",
  output: { name: config.name, value: orNull(await ctx.expression(config.value)) },
});
