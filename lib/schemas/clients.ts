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

/** Most entries one brand-rule list holds: plenty for a style guide, small enough to check copy quickly. */
export const MAX_BRAND_ITEMS = 100;
export const MAX_BRAND_WORD_CHARS = 200;
export const MAX_BRAND_DISCLAIMER_CHARS = 1000;

/** Keeps the first spelling of each entry, comparing case-insensitively. */
function dedupeIgnoringCase(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One list of brand rules: trimmed entries, runs of whitespace inside one collapsed to a space,
 * no blanks, duplicates (ignoring case) dropped. `noun` names one entry in messages ("banned word").
 */
function brandList(noun: string, plural: string, maxChars: number, options: { needsWord?: boolean } = {}) {
  const cleaned = z
    .string()
    .min(1, { message: `Remove the empty ${noun}.`, abort: true })
    .max(maxChars, `Each ${noun} must be at most ${maxChars.toLocaleString("en-US")} characters.`);
  const item = options.needsWord
    ? cleaned.refine((value) => /[\p{L}\p{N}]/u.test(value), `Each ${noun} needs at least one letter or digit.`)
    : cleaned;
  return z
    .array(
      z
        .string()
        .transform((value) => value.trim().replace(/\s+/g, " "))
        .pipe(item),
    )
    .max(MAX_BRAND_ITEMS, `Keep at most ${MAX_BRAND_ITEMS} ${plural}.`)
    .transform(dedupeIgnoringCase);
}

/** Brand rules a client's copy is checked against (the brand.check tool). */
export const ZBrandRules = z.object({
  brandBannedWords: brandList("banned word", "banned words", MAX_BRAND_WORD_CHARS, { needsWord: true }),
  brandDisclaimers: brandList("disclaimer", "disclaimers", MAX_BRAND_DISCLAIMER_CHARS),
  brandToneKeywords: brandList("tone keyword", "tone keywords", MAX_BRAND_WORD_CHARS, { needsWord: true }),
});
export type TBrandRules = z.infer<typeof ZBrandRules>;

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
    // Optional rather than defaulted: a client created without them gets the column default, [].
    ...ZBrandRules.partial().shape,
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

/** A client as lists show it; the detail ({@link ZClient}) adds the brand rules. */
export const ZClientListItem = z.object({
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
export type TClientListItem = z.infer<typeof ZClientListItem>;

export const ZClient = ZClientListItem.extend({
  brandBannedWords: z.array(z.string()),
  brandDisclaimers: z.array(z.string()),
  brandToneKeywords: z.array(z.string()),
});
export type TClient = z.infer<typeof ZClient>;

export const ZClientPage = z.object({ items: z.array(ZClientListItem), nextCursor: z.string().nullable() });

export const ZBulkArchiveClientsInput = z.object({ ids: bulkIds("clients"), archived: z.boolean() }).strict();
export type TBulkArchiveClientsInput = z.infer<typeof ZBulkArchiveClientsInput>;
