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
