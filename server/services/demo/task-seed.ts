import type { TaskPriority, TaskStatus } from "@/lib/schemas/tasks";
import type { OrgContext } from "../../api/trpc";
import { createTask } from "../tasks/tasks";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

type DemoTask = {
  title: string;
  priority: TaskPriority;
  status: TaskStatus;
  client?: string;
  assignee?: string;
  dueInDays?: number;
};

const DEMO_TASKS: DemoTask[] = [
  {
    title: "Draft the spring blend launch brief",
    priority: "high",
    status: "completed",
    client: "Bluebird Coffee",
    assignee: "member@northwind.example",
    dueInDays: -10,
  },
  {
    title: "Brand check on the new loyalty emails",
    priority: "medium",
    status: "in_progress",
    client: "Bluebird Coffee",
    assignee: "member@northwind.example",
    dueInDays: 2,
  },
  {
    title: "Investigate the Winter Gear Search spend spike",
    priority: "urgent",
    status: "pending",
    client: "Summit Outdoor Gear",
    assignee: "admin@northwind.example",
    dueInDays: 1,
  },
  {
    title: "Refresh display creatives for winter",
    priority: "high",
    status: "in_progress",
    client: "Summit Outdoor Gear",
    dueInDays: 5,
  },
  {
    title: "Decide whether to restart Trail Stories",
    priority: "medium",
    status: "pending",
    client: "Summit Outdoor Gear",
    assignee: "owner@northwind.example",
    dueInDays: 7,
  },
  {
    title: "Add the medical disclaimer to every clinic ad",
    priority: "urgent",
    status: "completed",
    client: "Harbor Health Clinics",
    dueInDays: -3,
  },
  {
    title: "Flu shot campaign wrap-up report",
    priority: "medium",
    status: "pending",
    client: "Harbor Health Clinics",
    assignee: "member@northwind.example",
    dueInDays: 4,
  },
  {
    title: "Confirm the new clinic opening date",
    priority: "low",
    status: "cancelled",
    client: "Harbor Health Clinics",
  },
  {
    title: "Set up the WhatsApp reminder template",
    priority: "medium",
    status: "failed",
    client: "Harbor Health Clinics",
    dueInDays: -1,
  },
  {
    title: "Monthly performance review with Bluebird",
    priority: "high",
    status: "pending",
    client: "Bluebird Coffee",
    assignee: "owner@northwind.example",
    dueInDays: 12,
  },
  { title: "Update the agency's brand rules document", priority: "low", status: "pending" },
  {
    title: "Onboard the new account manager",
    priority: "medium",
    status: "in_progress",
    assignee: "admin@northwind.example",
    dueInDays: 3,
  },
];

/** A dozen tasks across the board, through the same service people use. */
export async function seedDemoTasks(ctx: ServiceCtx, clientIds: Map<string, string>, userIds: Map<string, string>) {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  for (const task of DEMO_TASKS) {
    await createTask(ctx, {
      title: task.title,
      priority: task.priority,
      status: task.status,
      clientId: task.client ? (clientIds.get(task.client) ?? null) : null,
      assigneeId: task.assignee ? (userIds.get(task.assignee) ?? null) : null,
      dueDate:
        task.dueInDays === undefined ? null : new Date(today + task.dueInDays * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return DEMO_TASKS.length;
}
