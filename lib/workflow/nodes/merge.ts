import { z } from "zod";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";

export const MERGE_MODES = ["all", "first"] as const;

export const merge = defineNodeType({
  label: "Merge",
  category: "flow",
  description: "Joins paths again: waits for all of them, or goes on with the first to finish.",
  config: z.strictObject({
    mode: z.enum(MERGE_MODES, { error: "Choose to wait for all paths or the first." }).default("all"),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [],
  sideEffects: false,
});
