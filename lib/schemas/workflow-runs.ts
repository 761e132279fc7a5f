import { z } from "zod";
import { ZId } from "./clients";

const ZRunInput = z
  .record(z.string(), z.unknown())
  .default({})
  .refine(
    (value) => JSON.stringify(value).length <= 256_000,
    "The input is too large: at most 256,000 characters as JSON.",
  );

export const RUN_STATUSES = ["queued", "running", "waiting", "succeeded", "failed", "cancelled"] as const;

export const ZStartRunInput = z.object({ workflowId: ZId, input: ZRunInput }).strict();
export const ZTestRunInput = ZStartRunInput;

export const ZRunIdInput = z.object({ id: ZId }).strict();

export const ZDecideApprovalInput = z
  .object({
    runId: ZId,
    nodeId: z.string().min(1).max(64),
    approve: z.boolean(),
    comment: z.string().trim().max(2000, "Comments may be at most 2,000 characters.").nullish(),
  })
  .strict();

export const ZListRunsInput = z
  .object({
    workflowId: ZId.optional(),
    status: z.enum(RUN_STATUSES).optional(),
    trigger: z.string().max(40).optional(),
    version: z.number().int().min(1).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const ZStartedRun = z.object({ id: z.string(), status: z.string(), duplicate: z.boolean() });
