import { z } from "zod";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { MAX_EXPRESSION_CHARS, rowId } from "./fields";

export const subWorkflow = defineNodeType({
  label: "Run workflow",
  category: "flow",
  description: "Runs another of your workflows with an input and passes on its output.",
  config: z.strictObject({
    workflowId: rowId("Choose the workflow to run."),
    /** An expression for the other workflow's trigger input; without one it starts with no input. */
    input: z
      .string({ error: "This must be an expression." })
      .max(MAX_EXPRESSION_CHARS, "That expression is too long.")
      .optional(),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [{ path: "input", kind: "expression" }],
  sideEffects: true,
});
