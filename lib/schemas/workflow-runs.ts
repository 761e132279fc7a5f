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
    /** Sent by TanStack Query's infinite queries; pages only go forward. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();

export const ZStartedRun = z.object({ id: z.string(), status: z.string(), duplicate: z.boolean() });

/** A single step tested with a scope the person writes: earlier outputs, the input, variables, a loop item. */
export const ZTestNodeInput = z
  .object({
    workflowId: ZId,
    nodeId: z.string().min(1).max(64),
    scope: z
      .object({
        nodes: z
          .record(z.string(), z.object({ output: z.unknown(), status: z.string().default("succeeded") }))
          .optional(),
        input: z.unknown().optional(),
        vars: z.record(z.string(), z.unknown()).optional(),
        item: z.unknown().optional(),
        index: z.number().int().min(0).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .refine(
    (value) => JSON.stringify(value.scope).length <= 256_000,
    "The sample input is too large: at most 256,000 characters as JSON.",
  );
