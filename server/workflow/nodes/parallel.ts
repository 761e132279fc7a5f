import { type NodeConfig } from "@/lib/workflow/node-types";
import { branchHandle } from "@/lib/workflow/nodes/parallel";
import { type NodeExecutor } from "./types";

/** Starts every branch: no output, each `branch_<n>` handle. */
export const parallelExecutor: NodeExecutor<NodeConfig<"parallel">> = async (_ctx, config) => ({
  kind: "done",
  output: null,
  handles: Array.from({ length: config.branches }, (_, index) => branchHandle(index + 1)),
});
