import { z } from "zod";
import { defineNodeType, flowIn, outHandle } from "../node-meta";
import { expression } from "./fields";

export const condition = defineNodeType({
  label: "If / else",
  category: "logic",
  description: "Takes the Yes path when a condition holds and the No path otherwise.",
  config: z.strictObject({
    expression: expression("Write the condition, e.g. nodes.score.output.value > 50."),
  }),
  inputs: [flowIn],
  outputs: () => [outHandle("true", "Yes"), outHandle("false", "No")],
  expressions: [{ path: "expression", kind: "expression" }],
  sideEffects: false,
});
