import { z } from "zod";
import { defineNodeType, flowIn, outHandle } from "../node-meta";

export const MAX_PARALLEL_BRANCHES = 10;

/** The handle of branch `n` (1-based). */
export const branchHandle = (n: number) => `branch_${n}`;

export const parallel = defineNodeType({
  label: "Parallel",
  category: "flow",
  description: "Runs several paths at the same time; join them again with a Merge.",
  config: z.strictObject({
    branches: z
      .number({ error: "Enter how many paths to run." })
      .int("Enter a whole number of paths.")
      .min(2, `Run between 2 and ${MAX_PARALLEL_BRANCHES} paths.`)
      .max(MAX_PARALLEL_BRANCHES, `Run between 2 and ${MAX_PARALLEL_BRANCHES} paths.`)
      .default(2),
  }),
  inputs: [flowIn],
  outputs: (config) =>
    Array.from({ length: config.branches }, (_, index) => outHandle(branchHandle(index + 1), `Branch ${index + 1}`)),
  expressions: [],
  sideEffects: false,
});
