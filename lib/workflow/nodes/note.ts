import { z } from "zod";
import { defineNodeType, noOutputs } from "../node-meta";

export const note = defineNodeType({
  label: "Note",
  category: "annotation",
  description: "A sticky note for the people reading the workflow; it never runs.",
  config: z.strictObject({
    text: z.string({ error: "A note holds text." }).max(5_000, "A note can be at most 5,000 characters.").default(""),
  }),
  inputs: [],
  outputs: noOutputs,
  expressions: [],
  sideEffects: false,
});
