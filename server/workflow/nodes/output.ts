import { type NodeConfig } from "@/lib/workflow/node-types";
import { type NodeExecutor } from "./types";
import { orNull } from "./values";

/** The workflow's result: the template filled in (a lone `{{ … }}` keeps its type, e.g. an object). */
export const outputExecutor: NodeExecutor<NodeConfig<"output">> = async (ctx, config) => ({
  kind: "done",
  output: orNull(await ctx.template(config.value)),
});
