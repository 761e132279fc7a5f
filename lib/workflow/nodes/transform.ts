import { z } from "zod";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { expression } from "./fields";

export const transform = defineNodeType({
  label: "Transform",
  category: "data",
  description: "Reshapes data with an expression, e.g. picks fields or totals a list.",
  config: z.strictObject({
    expression: expression("Write the expression whose result this step passes on, e.g. nodes.fetch.output.items."),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [{ path: "expression", kind: "expression" }],
  sideEffects: false,
});
