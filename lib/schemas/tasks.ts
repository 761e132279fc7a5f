import { z } from "zod";
import { ZDay } from "./campaigns";
import { ZId, ZInfiniteDirection } from "./clients";

export const TASK_PRIORITIES = ["low", "medium", "high", "urgent"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_STATUSES = ["pending", "in_progress", "completed", "failed", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  pending: "Pending",
  in_progress: "In progress",
  completed: "Completed",
  failed: "Failed",
  cancelled: "Cancelled",
};

const ZTaskFields = z.object({
  title: z.string().trim().min(1, "Title is required.").max(200, "Title must be at most 200 characters."),
  description: z.string().max(10_000, "Description must be at most 10,000 characters.").nullish(),
  priority: z.enum(TASK_PRIORITIES).default("medium"),
  status: z.enum(TASK_STATUSES).default("pending"),
  assigneeId: ZId.nullish(),
  dueDate: ZDay.nullish(),
  clientId: ZId.nullish(),
  campaignId: ZId.nullish(),
});

export const ZCreateTaskInput = ZTaskFields.strict();
export type TCreateTaskInput = z.infer<typeof ZCreateTaskInput>;

export const ZUpdateTaskInput = z.object({ id: ZId, patch: ZTaskFields.partial().strict() }).strict();
export type TUpdateTaskInput = z.infer<typeof ZUpdateTaskInput>;

export const ZBulkUpdateTasksInput = z
  .object({
    ids: z.array(ZId).min(1, "Select at least one task.").max(100, "Change at most 100 tasks at once."),
    patch: z
      .object({
        status: z.enum(TASK_STATUSES).optional(),
        assigneeId: ZId.nullish(),
        priority: z.enum(TASK_PRIORITIES).optional(),
      })
      .strict()
      .refine((patch) => Object.keys(patch).length > 0, "Choose something to change."),
  })
  .strict();
export type TBulkUpdateTasksInput = z.infer<typeof ZBulkUpdateTasksInput>;

export const ZListTasksInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    statuses: z.array(z.enum(TASK_STATUSES)).max(TASK_STATUSES.length).optional(),
    priorities: z.array(z.enum(TASK_PRIORITIES)).max(TASK_PRIORITIES.length).optional(),
    assigneeId: ZId.optional(),
    /** Only tasks nobody is assigned to. */
    unassigned: z.boolean().optional(),
    clientId: ZId.optional(),
    campaignId: ZId.optional(),
    sort: z.enum(["dueDate", "priority", "updatedAt", "createdAt"]).default("updatedAt"),
    order: z.enum(["asc", "desc"]).default("desc"),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    direction: ZInfiniteDirection,
  })
  .strict();
export type TListTasksInput = z.infer<typeof ZListTasksInput>;

export const ZTask = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  assigneeId: z.string().nullable(),
  assignee: z.object({ name: z.string(), email: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  clientId: z.string().nullable(),
  client: z.object({ name: z.string() }).nullable(),
  campaignId: z.string().nullable(),
  campaign: z.object({ name: z.string() }).nullable(),
  createdByType: z.enum(["person", "agent", "workflow"]),
  createdById: z.string().nullable(),
  completedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TTask = z.infer<typeof ZTask>;

export const ZTaskPage = z.object({ items: z.array(ZTask), nextCursor: z.string().nullable() });
