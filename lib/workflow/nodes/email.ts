import { z } from "zod";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { template } from "./fields";

export const email = defineNodeType({
  label: "Send email",
  category: "integration",
  description: "Sends an email through the agency's mail settings.",
  config: z.strictObject({
    /** One address or several separated by commas, once filled in. */
    to: template("Enter who gets the email, e.g. {{ input.email }}.", 2_000),
    subject: template("Write a subject.", 500),
    body: template("Write the email."),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [
    { path: "to", kind: "template" },
    { path: "subject", kind: "template" },
    { path: "body", kind: "template" },
  ],
  sideEffects: true,
});
