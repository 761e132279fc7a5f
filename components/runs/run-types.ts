import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type WorkflowOutputs = inferRouterOutputs<AppRouter>["workflows"];

/** A row of the runs list. */
export type RunRow = WorkflowOutputs["runs"]["runs"][number];
/** A run with every step attempt, as the detail page shows it. */
export type RunDetail = WorkflowOutputs["runDetail"];
/** One attempt of one step. */
export type RunStep = RunDetail["steps"][number];
/** A waiting approval in the inbox. */
export type ApprovalItem = WorkflowOutputs["approvals"][number];

export type RunStatus = RunDetail["status"];
export type StepStatus = RunStep["status"];
