import { z } from "zod";
import { VARIABLE_NAME_PATTERN } from "../graph";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { expression } from "./fields";

export const setVariable = defineNodeType({
  label: "Set variable",
  category: "data",
  description: "Stores a value under a name that later steps can read as vars.<name>.",
  config: z.strictObject({
    name: z
      .string({ error: "Name the variable." })
      .trim()
      .regex(VARIABLE_NAME_PATTERN, "A variable name uses letters, digits and _, and starts with a letter or _."),
    value: expression("Write the value to store, e.g. nodes.fetch.output.total."),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [{ path: "value", kind: "expression" }],
  sideEffects: false,
});
