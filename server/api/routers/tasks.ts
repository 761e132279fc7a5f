import { z } from "zod";
import { ZId } from "@/lib/schemas/clients";
import {
  ZBulkUpdateTasksInput,
  ZCreateTaskInput,
  ZListTasksInput,
  ZTask,
  ZTaskPage,
  ZUpdateTaskInput,
} from "@/lib/schemas/tasks";
import { bulkUpdateTasks, createTask, getTask, listTasks, updateTask } from "../../services/tasks/tasks";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const tasksRouter = createTRPCRouter({
  list: orgProcedure("task.read")
    .input(ZListTasksInput)
    .output(ZTaskPage)
    .query(({ ctx, input }) => listTasks(ctx, input)),
  get: orgProcedure("task.read")
    .input(z.object({ id: ZId }).strict())
    .output(ZTask)
    .query(({ ctx, input }) => getTask(ctx, input.id)),
  create: orgProcedure("task.create")
    .input(ZCreateTaskInput)
    .output(ZTask)
    .mutation(({ ctx, input }) => createTask(ctx, input)),
  update: orgProcedure("task.update")
    .input(ZUpdateTaskInput)
    .output(ZTask)
    .mutation(({ ctx, input }) => updateTask(ctx, input)),
  bulkUpdate: orgProcedure("task.update")
    .input(ZBulkUpdateTasksInput)
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => bulkUpdateTasks(ctx, input)),
});
