import { z } from "zod";
import { ZId } from "@/lib/schemas/clients";

export const MAX_TEMPLATE_CHARS = 20_000;
export const MAX_EXPRESSION_CHARS = 5_000;

/**
 * Text with `{{ … }}` parts, filled in when the step runs. `required` is the message shown
 * when it is empty; without it the field may be left empty.
 */
export const template = (required?: string, max = MAX_TEMPLATE_CHARS) => {
  const text = z
    .string({ error: (issue) => (issue.input === undefined && required) || "This must be text." })
    .max(max, `This can be at most ${max.toLocaleString("en-US")} characters.`);
  return required ? text.refine((value) => value.trim().length > 0, required) : text;
};

/** One bare expression, e.g. `nodes.fetch.output.items`; `required` is the message when empty. */
export const expression = (required: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? required : "This must be an expression.") })
    .max(
      MAX_EXPRESSION_CHARS,
      `An expression can be at most ${MAX_EXPRESSION_CHARS.toLocaleString("en-US")} characters.`,
    )
    .refine((value) => value.trim().length > 0, required);

/** The id of a row the step uses (an agent, a client, a workflow). */
export const rowId = (required: string) => z.string({ error: required }).trim().min(1, required).pipe(ZId);

/** Handle and case ids: short slugs, since they end up in connections. */
export const ZSlug = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "Use a lower-case letter first, then a–z, 0–9 or _ (at most 40 characters).");
