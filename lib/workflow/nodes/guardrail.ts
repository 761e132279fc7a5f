import { z } from "zod";
import { ZToolInputSchema } from "@/lib/schemas/custom-tools";
import { defineNodeType, flowIn, outHandle } from "../node-meta";
import { rowId, template } from "./fields";

export const GUARDRAIL_CHECKS = ["pii_redaction", "banned_words", "brand", "json_schema"] as const;

const ZCheck = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("pii_redaction"),
      /** redact: mask emails, phone numbers and the like, and pass; fail: take the Fail path when any is found. */
      action: z.enum(["redact", "fail"], { error: "Choose to redact personal data or fail." }).default("redact"),
    }),
    z.strictObject({
      kind: z.literal("banned_words"),
      words: z
        .array(
          z.string().trim().min(1, "A banned word cannot be empty.").max(200, "A word can be at most 200 characters."),
        )
        .min(1, "List at least one banned word.")
        .max(200, "At most 200 banned words."),
    }),
    z.strictObject({ kind: z.literal("brand"), clientId: rowId("Choose the client whose brand rules apply.") }),
    z.strictObject({ kind: z.literal("json_schema"), schema: ZToolInputSchema }),
  ],
  { error: "Choose a check: personal data, banned words, brand rules or JSON schema." },
);

export const guardrail = defineNodeType({
  label: "Guardrail",
  category: "ai",
  description: "Checks text before it goes out: personal data, banned words, a client's brand rules or a JSON shape.",
  config: z.strictObject({
    input: template("Choose what to check, e.g. {{ nodes.draft.output }}."),
    checks: z
      .array(ZCheck, { error: "Add at least one check." })
      .min(1, "Add at least one check.")
      .max(GUARDRAIL_CHECKS.length, "Each check can be added once.")
      .refine(
        (checks) => new Set(checks.map((check) => check.kind)).size === checks.length,
        "Each check can be added once.",
      ),
  }),
  inputs: [flowIn],
  outputs: () => [outHandle("pass", "Pass"), outHandle("fail", "Fail")],
  expressions: [{ path: "input", kind: "template" }],
  sideEffects: false,
});
