import { z } from "zod";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { template } from "./fields";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export const MAX_HTTP_HEADERS = 30;

export const http = defineNodeType({
  label: "HTTP request",
  category: "integration",
  description: "Calls another app's API and passes on its answer.",
  config: z.strictObject({
    method: z.enum(HTTP_METHODS, { error: "Choose GET, POST, PUT, PATCH or DELETE." }).default("GET"),
    url: template("Enter the address to call, e.g. https://api.example.com/leads.", 2_048),
    headers: z
      .record(
        z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "That is not a header name, e.g. Authorization."),
        template(undefined, 4_000),
      )
      .refine((headers) => Object.keys(headers).length <= MAX_HTTP_HEADERS, `At most ${MAX_HTTP_HEADERS} headers.`)
      .default({}),
    body: template().optional(),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [
    { path: "url", kind: "template" },
    { path: "headers.*", kind: "template" },
    { path: "body", kind: "template" },
  ],
  sideEffects: true,
});
