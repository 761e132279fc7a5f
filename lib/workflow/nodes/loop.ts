import { z } from "zod";
import { defineNodeType, flowIn, outHandle, type HandleSpec } from "../node-meta";
import { expression } from "./fields";

export const MAX_LOOP_ITERATIONS = 1_000;

/** The input the last step of a loop's body connects back to; the only way a connection may go upstream. */
export const LOOP_CONTINUE: HandleSpec = { id: "continue", label: "Continue", kind: "loop_back" };

export const loop = defineNodeType({
  label: "Loop over items",
  category: "flow",
  description: "Runs the Body path once for each item of a list, then takes the Done path.",
  config: z.strictObject({
    items: expression("Choose the list to loop over, e.g. nodes.fetch.output.items."),
    maxIterations: z
      .number({ error: "Enter the most items to handle." })
      .int("Enter a whole number.")
      .min(1, `Handle between 1 and ${MAX_LOOP_ITERATIONS} items.`)
      .max(MAX_LOOP_ITERATIONS, `Handle between 1 and ${MAX_LOOP_ITERATIONS} items.`)
      .default(100),
  }),
  inputs: [flowIn, LOOP_CONTINUE],
  outputs: () => [outHandle("body", "Body"), outHandle("done", "Done")],
  expressions: [{ path: "items", kind: "expression" }],
  sideEffects: false,
});
