import { z } from "zod";
import { defineNodeType, flowOutputs } from "../node-meta";

export const WEBHOOK_RESPONSES = ["immediately", "with_output"] as const;
export const WEBHOOK_SIGNATURES = ["none", "hmac_sha256"] as const;
export const MAX_WEBHOOK_WAIT_SECONDS = 120;

export const triggerWebhook = defineNodeType({
  label: "Webhook",
  category: "trigger",
  description: "Starts when another app sends a request to the workflow's webhook address.",
  config: z.strictObject({
    /** immediately: answer 202 with the run id; with_output: wait for an Output step and answer with it. */
    respond: z
      .enum(WEBHOOK_RESPONSES, { error: "Choose when to answer: immediately, or with the workflow's output." })
      .default("immediately"),
    /** How long `with_output` waits before answering with the run id to poll instead. */
    waitSeconds: z
      .number({ error: "Enter how many seconds to wait." })
      .int("Enter a whole number of seconds.")
      .min(1, `Wait between 1 and ${MAX_WEBHOOK_WAIT_SECONDS} seconds.`)
      .max(MAX_WEBHOOK_WAIT_SECONDS, `Wait between 1 and ${MAX_WEBHOOK_WAIT_SECONDS} seconds.`)
      .default(30),
    /** hmac_sha256: requests must carry the HMAC of their body, made with the webhook's secret. */
    signature: z.enum(WEBHOOK_SIGNATURES, { error: "Choose none or HMAC-SHA256." }).default("none"),
    signatureHeader: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,100}$/, "A header name uses letters, digits and -, e.g. X-Signature-256.")
      .default("X-Signature-256"),
  }),
  inputs: [],
  outputs: flowOutputs,
  expressions: [],
  sideEffects: false,
});
