import type { z } from "zod";
import { ZCreateTaskInput } from "@/lib/schemas/tasks";
import { createTask } from "../../services/tasks/tasks";
import { withTenant } from "./tenant";
import type { AgentTool } from "./types";

// Agents do not know member ids, and a task they make starts pending: no assignee or status.
const ZTasksCreateInput = ZCreateTaskInput.pick({
  title: true,
  description: true,
  priority: true,
  dueDate: true,
  clientId: true,
  campaignId: true,
});

export const tasksCreate = {
  name: "tasks.create",
  description:
    "Create a pending task on the agency's task board. Give a short, actionable title; optionally a " +
    "description, a priority (low, medium, high, urgent), a due date (YYYY-MM-DD) and the client or " +
    "campaign it is about (ids from the client search). The task is recorded as made by this agent.",
  inputSchema: ZTasksCreateInput,
  async execute(ctx, input) {
    const task = await withTenant(ctx, (service) =>
      createTask(service, { ...input, status: "pending" }, { type: "agent", id: ctx.agentId }),
    );
    return {
      id: task.id,
      title: task.title,
      priority: task.priority,
      status: task.status,
      dueDate: task.dueDate,
      client: task.client?.name ?? null,
      campaign: task.campaign?.name ?? null,
    };
  },
} satisfies AgentTool<z.infer<typeof ZTasksCreateInput>>;
