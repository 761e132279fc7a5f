import { z } from "zod";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { MAX_EXPRESSION_CHARS } from "./fields";

export const MAX_DELAY_SECONDS = 30 * 24 * 60 * 60;

export const delay = defineNodeType({
  label: "Delay",
  category: "flow",
  description: "Waits for a while, or until a date, before going on. The run sleeps in the database, not on a worker.",
  config: z
    .strictObject({
      durationSeconds: z
        .number({ error: "Enter the seconds to wait." })
        .int("Enter a whole number of seconds.")
        .min(1, "Wait at least 1 second.")
        .max(MAX_DELAY_SECONDS, "Wait at most 30 days.")
        .optional(),
      /** An expression giving the date and time to wait for (an ISO string or milliseconds). */
      until: z
        .string({ error: "This must be an expression." })
        .max(MAX_EXPRESSION_CHARS, "That expression is too long.")
        .optional(),
    })
    .refine((config) => (config.durationSeconds === undefined) !== !config.until?.trim(), {
      path: ["durationSeconds"],
      message: "Set either how long to wait or a date to wait until (not both).",
    }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [{ path: "until", kind: "expression" }],
  sideEffects: false,
});
