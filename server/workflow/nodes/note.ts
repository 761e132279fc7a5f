import { type NodeConfig } from "@/lib/workflow/node-types";
import { type NodeExecutor } from "./types";

/** Notes are not steps: the plan leaves them out, so reaching this is a bug in the engine. */
export const noteExecutor: NodeExecutor<NodeConfig<"note">> = async (ctx) => {
  throw new Error(`Node "${ctx.nodeId}" is a note: notes never run, and the engine should have skipped it.`);
};
