import { z } from "zod";
import { defineNodeType, flowIn, noOutputs } from "../node-meta";
import { template } from "./fields";

export const output = defineNodeType({
  label: "Output",
  category: "flow",
  description: "What the workflow returns: shown on the run, and sent back to a webhook waiting for it.",
  config: z.strictObject({
    value: template("Choose what the workflow returns, e.g. {{ nodes.draft.output }}."),
  }),
  inputs: [flowIn],
  outputs: noOutputs,
  expressions: [{ path: "value", kind: "template" }],
  sideEffects: false,
});
