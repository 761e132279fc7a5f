import { z } from "zod";
import { ZToolInputSchema } from "@/lib/schemas/custom-tools";
import { defineNodeType, flowOutputs } from "../node-meta";

export const triggerManual = defineNodeType({
  label: "Run by hand",
  category: "trigger",
  description: "Starts when someone presses Run, in the editor or from the workflow's page.",
  config: z.strictObject({
    /** The fields the Run form asks for; without one the run starts with no input. */
    inputSchema: ZToolInputSchema.optional(),
  }),
  inputs: [],
  outputs: flowOutputs,
  expressions: [],
  sideEffects: false,
});
