import { z } from "zod";
import { ZDay } from "./campaigns";
import { bulkIds, ZId, ZInfiniteDirection } from "./clients";

const ZTags = z
  .array(z.string().trim().min(1).max(40, "Each tag must be at most 40 characters."))
  .max(20, "At most 20 tags.")
  .default([]);

const ZContactFields = z.object({
  clientId: ZId,
  name: z.string().trim().min(1, "Name is required.").max(160, "Name must be at most 160 characters."),
  email: z.string().trim().toLowerCase().max(254).email("Enter a valid email address.").nullish().or(z.literal("")),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, "Use digits, spaces, ( ) and -, optionally starting with +.")
    .nullish()
    .or(z.literal("")),
  title: z.string().trim().max(120, "Title must be at most 120 characters.").nullish(),
  tags: ZTags,
  emailConsent: z.boolean().default(false),
  smsConsent: z.boolean().default(false),
  whatsappConsent: z.boolean().default(false),
});

export const ZCreateContactInput = ZContactFields.strict();
export type TCreateContactInput = z.infer<typeof ZCreateContactInput>;

export const ZUpdateContactInput = z
  .object({ id: ZId, patch: ZContactFields.omit({ clientId: true }).partial().strict() })
  .strict();
export type TUpdateContactInput = z.infer<typeof ZUpdateContactInput>;

export const ZListContactsInput = z
  .object({
    clientId: ZId.optional(),
    search: z.string().trim().max(100).optional(),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(100).default(50),
    direction: ZInfiniteDirection,
  })
  .strict();
export type TListContactsInput = z.infer<typeof ZListContactsInput>;

export const ZContact = z.object({
  id: z.string(),
  clientId: z.string(),
  client: z.object({ name: z.string() }),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  tags: z.array(z.string()),
  emailConsent: z.boolean(),
  smsConsent: z.boolean(),
  whatsappConsent: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TContact = z.infer<typeof ZContact>;

export const ZContactPage = z.object({ items: z.array(ZContact), nextCursor: z.string().nullable() });

/** One condition of a segment. Text fields compare without regard to case. */
export const ZSegmentRule = z.discriminatedUnion("field", [
  z.object({ field: z.literal("tag"), op: z.enum(["is", "is_not"]), value: z.string().trim().min(1).max(40) }).strict(),
  z
    .object({
      field: z.enum(["name", "email", "title", "phone"]),
      op: z.enum(["contains", "equals", "is_empty", "is_not_empty"]),
      value: z.string().trim().max(200).default(""),
    })
    .strict(),
  z.object({ field: z.literal("createdAt"), op: z.enum(["after", "before"]), value: ZDay }).strict(),
  z
    .object({
      field: z.enum(["emailConsent", "smsConsent", "whatsappConsent"]),
      op: z.literal("is"),
      value: z.boolean(),
    })
    .strict(),
  z.object({ field: z.literal("client"), op: z.literal("is"), value: ZId }).strict(),
]);
export type TSegmentRule = z.infer<typeof ZSegmentRule>;

export const ZSegmentDefinition = z
  .object({
    match: z.enum(["all", "any"]).default("all"),
    rules: z.array(ZSegmentRule).min(1, "Add at least one rule.").max(20, "At most 20 rules."),
  })
  .strict();
export type TSegmentDefinition = z.infer<typeof ZSegmentDefinition>;

export const ZSaveSegmentInput = z
  .object({
    id: ZId.optional(),
    name: z.string().trim().min(1, "Name is required.").max(120, "Name must be at most 120 characters."),
    definition: ZSegmentDefinition,
  })
  .strict();
export type TSaveSegmentInput = z.infer<typeof ZSaveSegmentInput>;

export const ZSegment = z.object({
  id: z.string(),
  name: z.string(),
  definition: ZSegmentDefinition,
  count: z.number().int(),
  updatedAt: z.date(),
});

export const ZSegmentPreview = z.object({
  count: z.number().int(),
  sample: z.array(z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), client: z.string() })),
});

export const ZBulkDeleteContactsInput = z.object({ ids: bulkIds("contacts") }).strict();
export type TBulkDeleteContactsInput = z.infer<typeof ZBulkDeleteContactsInput>;
