import { z } from "zod";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { rowId, template } from "./fields";

export const agent = defineNodeType({
  label: "Agent",
  category: "ai",
  description: "Hands a task to one of your agents, with its tools and instructions, and waits for its answer.",
  config: z.strictObject({
    agentId: rowId("Choose the agent to run."),
    prompt: template("Write what the agent should do, e.g. Summarise {{ nodes.fetch.output }}."),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [{ path: "prompt", kind: "template" }],
  sideEffects: true,
});
