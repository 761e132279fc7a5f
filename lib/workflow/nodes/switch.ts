import { z } from "zod";
import { defineNodeType, flowIn, outHandle } from "../node-meta";
import { expression, ZSlug } from "./fields";

export const MAX_SWITCH_CASES = 20;
/** Handle ids a case may not take: the default path and the error path. */
const RESERVED_CASE_IDS = ["default", "error"];

const ZCase = z.strictObject({
  /** The case's handle id: stays put when cases are renamed or reordered, so connections do too. */
  id: ZSlug.refine((id) => !RESERVED_CASE_IDS.includes(id), "default and error are taken; choose another id."),
  label: z
    .string({ error: "Give the case a label." })
    .trim()
    .min(1, "Give the case a label.")
    .max(60, "A label can be at most 60 characters."),
  expression: expression("Write when this case applies, e.g. nodes.lead.output.country = 'DE'."),
});

export const switchNode = defineNodeType({
  label: "Switch",
  category: "logic",
  description: "Takes the path of the first case that applies, or the Default path when none does.",
  config: z.strictObject({
    cases: z
      .array(ZCase, { error: "Add at least one case." })
      .min(1, "Add at least one case.")
      .max(MAX_SWITCH_CASES, `A switch can have at most ${MAX_SWITCH_CASES} cases.`)
      .superRefine((cases, ctx) => {
        const seen = new Set<string>();
        cases.forEach((item, index) => {
          if (seen.has(item.id))
            ctx.addIssue({ code: "custom", path: [index, "id"], message: `Two cases have the id "${item.id}".` });
          seen.add(item.id);
        });
      }),
  }),
  inputs: [flowIn],
  outputs: (config) => [...config.cases.map((item) => outHandle(item.id, item.label)), outHandle("default", "Default")],
  expressions: [{ path: "cases.*.expression", kind: "expression" }],
  sideEffects: false,
});
