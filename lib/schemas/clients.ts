import { z } from "zod";

export const CLIENT_STATUSES = ["lead", "active", "paused", "churned"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const ZId = z
  .string()
  .trim()
  .min(1, "Missing id.")
  .max(64, "That id is too long.")
  .regex(/^[A-Za-z0-9_-]+$/, "That id is malformed.");

/** Most rows one bulk action changes; the whole batch commits or none of it does. */
export const MAX_BULK = 100;

/** The selected ids of a bulk action on `noun` (plural, e.g. "clients"). */
export const bulkIds = (noun: string) =>
  z
    .array(ZId)
    .min(1, `Select at least one of the ${noun}.`)
    .max(MAX_BULK, `Change at most ${MAX_BULK} ${noun} at once.`);

const ZWebsite = z
  .string()
  .trim()
  .max(300, "Website must be at most 300 characters.")
  .refine(
    (value) => value === "" || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(value),
    "Website must start with http:// or https://.",
  );

export const ZClientFields = z
  .object({
    name: z.string().trim().min(1, "Name is required.").max(160, "Name must be at most 160 characters."),
    website: ZWebsite.optional(),
    industry: z.string().trim().max(80, "Industry must be at most 80 characters.").optional(),
    status: z.enum(CLIENT_STATUSES).default("active"),
    tags: z
      .array(z.string().trim().min(1).max(40, "Each tag must be at most 40 characters."))
      .max(20, "At most 20 tags.")
      .default([]),
    notes: z.string().max(10_000, "Notes must be at most 10,000 characters.").optional(),
  })
  .strict();

export const ZCreateClientInput = ZClientFields;
export type TCreateClientInput = z.infer<typeof ZCreateClientInput>;

export const ZUpdateClientInput = z.object({ id: ZId, patch: ZClientFields.partial().strict() }).strict();
export type TUpdateClientInput = z.infer<typeof ZUpdateClientInput>;

/** tRPC's infinite queries add this to every page request; accepted and ignored. */
export const ZInfiniteDirection = z.enum(["forward", "backward"]).optional();

export const CLIENT_SORTS = ["name", "createdAt", "updatedAt"] as const;

export const ZListClientsInput = z
  .object({
    search: z.string().trim().max(100, "Search must be at most 100 characters.").optional(),
    status: z.enum(CLIENT_STATUSES).optional(),
    archived: z.enum(["active", "archived", "all"]).default("active"),
    sort: z.enum(CLIENT_SORTS).default("name"),
    // Not "direction": tRPC infinite queries put their own `direction` into the input.
    order: z.enum(["asc", "desc"]).default("asc"),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(100).default(25),
    direction: ZInfiniteDirection,
  })
  .strict();
export type TListClientsInput = z.infer<typeof ZListClientsInput>;

export const ZClientIdInput = z.object({ id: ZId }).strict();

export const ZClient = z.object({
  id: z.string(),
  name: z.string(),
  website: z.string().nullable(),
  industry: z.string().nullable(),
  status: z.enum(CLIENT_STATUSES),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TClient = z.infer<typeof ZClient>;

export const ZClientPage = z.object({ items: z.array(ZClient), nextCursor: z.string().nullable() });

export const ZBulkArchiveClientsInput = z.object({ ids: bulkIds("clients"), archived: z.boolean() }).strict();
export type TBulkArchiveClientsInput = z.infer<typeof ZBulkArchiveClientsInput>;
