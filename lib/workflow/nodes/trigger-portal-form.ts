import { z } from "zod";
import { defineNodeType, flowOutputs } from "../node-meta";
import { rowId, ZSlug } from "./fields";

export const FORM_FIELD_TYPES = ["text", "long_text", "number", "email", "url", "date", "select", "checkbox"] as const;
export const MAX_FORM_FIELDS = 30;

const ZFormField = z
  .strictObject({
    /** The key in the run's input: `input.<name>`. */
    name: ZSlug,
    label: z
      .string({ error: "Give the field a label." })
      .trim()
      .min(1, "Give the field a label.")
      .max(100, "A label can be at most 100 characters."),
    type: z.enum(FORM_FIELD_TYPES, { error: "Choose a field type." }).default("text"),
    required: z.boolean().default(false),
    /** The choices of a `select` field. */
    options: z.array(z.string().trim().min(1).max(100)).max(50, "At most 50 choices.").optional(),
  })
  .refine((field) => field.type !== "select" || (field.options?.length ?? 0) > 0, {
    path: ["options"],
    message: "A choice field needs at least one option.",
  });

export const triggerPortalForm = defineNodeType({
  label: "Portal form",
  category: "trigger",
  description: "Starts when a client fills in a form in their portal.",
  config: z.strictObject({
    title: z
      .string({ error: "Give the form a title." })
      .trim()
      .min(1, "Give the form a title.")
      .max(120, "A title can be at most 120 characters."),
    description: z.string().trim().max(1_000, "The description can be at most 1,000 characters.").optional(),
    /** Only this client's portal shows the form; without one, every client's does. */
    clientId: rowId("Choose a client.").optional(),
    fields: z
      .array(ZFormField, { error: "Add at least one field to the form." })
      .min(1, "Add at least one field to the form.")
      .max(MAX_FORM_FIELDS, `A form can have at most ${MAX_FORM_FIELDS} fields.`)
      .superRefine((fields, ctx) => {
        const seen = new Set<string>();
        fields.forEach((field, index) => {
          if (seen.has(field.name))
            ctx.addIssue({
              code: "custom",
              path: [index, "name"],
              message: `Two fields are called "${field.name}"; names must differ.`,
            });
          seen.add(field.name);
        });
      }),
  }),
  inputs: [],
  outputs: flowOutputs,
  expressions: [],
  sideEffects: false,
});
