import { z } from "zod";
import { ZInfiniteDirection } from "./clients";

export const ZAuditFilters = z
  .object({
    actor: z.string().trim().max(254, "Actor filter must be at most 254 characters.").optional(),
    action: z.string().trim().max(80, "Action filter must be at most 80 characters.").optional(),
    targetType: z.string().trim().max(40).optional(),
    targetId: z.string().trim().max(64).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .strict();
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZListAuditInput = ZAuditFilters.extend({
  /** The `seq` of the last event on the previous page. */
  cursor: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  direction: ZInfiniteDirection,
}).strict();
export type TListAuditInput = z.infer<typeof ZListAuditInput>;

const ZJsonValue: z.ZodType<unknown> = z.unknown();

export const ZAuditEvent = z.object({
  id: z.string(),
  seq: z.number().int(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  before: ZJsonValue,
  after: ZJsonValue,
  createdAt: z.date(),
  prevHash: z.string(),
  hash: z.string(),
});

export const ZAuditPage = z.object({ items: z.array(ZAuditEvent), nextCursor: z.number().int().nullable() });

export const ZChainReport = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), checked: z.number().int(), lastHash: z.string() }),
  z.object({
    ok: z.literal(false),
    checked: z.number().int(),
    brokenAt: z.object({ id: z.string(), seq: z.number().int(), reason: z.string() }),
  }),
]);
