import { z } from "zod";
import { can } from "@/lib/permissions";
import { ZId } from "@/lib/schemas/clients";
import {
  ZDecideApprovalInput,
  ZListRunsInput,
  ZRunIdInput,
  ZStartedRun,
  ZStartRunInput,
  ZTestNodeInput,
  ZTestRunInput,
} from "@/lib/schemas/workflow-runs";
import {
  ZCreateWorkflowInput,
  ZDescribedWorkflow,
  ZDescribeWorkflowInput,
  ZDiffInput,
  ZImportWorkflowInput,
  ZPublishInput,
  ZRollbackInput,
  ZSaveDraftInput,
  ZUpdateWorkflowInput,
  ZWorkflow,
  ZWorkflowExport,
  ZWorkflowSummary,
  ZWorkflowVersion,
} from "@/lib/schemas/workflows";
import { describeWorkflow } from "../../services/workflows/describe";
import {
  cancelRun,
  decideApproval,
  getRun,
  listRuns,
  listWaitingApprovals,
  retryRun,
  startRun,
} from "../../services/workflows/runs";
import { testNode } from "../../services/workflows/test-node";
import {
  archiveWorkflow,
  createWorkflow,
  diffVersions,
  duplicateWorkflow,
  exportWorkflow,
  getVersionGraph,
  getWorkflow,
  importWorkflow,
  listVersions,
  listWorkflows,
  publishWorkflow,
  rollbackWorkflow,
  saveDraft,
  updateWorkflow,
  webhookSigning,
} from "../../services/workflows/workflows";
import { createTRPCRouter, orgAccessProcedure, orgProcedure } from "../trpc";

const ZById = z.object({ id: ZId }).strict();

export const workflowsRouter = createTRPCRouter({
  list: orgProcedure("workflow.read")
    .output(z.array(ZWorkflowSummary))
    .query(({ ctx }) => listWorkflows(ctx)),
  get: orgProcedure("workflow.read")
    .input(ZById)
    .output(ZWorkflow)
    .query(async ({ ctx, input }) => {
      const workflow = await getWorkflow(ctx, input.id);
      // The address carries its secret: anyone holding it can start runs.
      return can(ctx.role, "workflow.edit") ? workflow : { ...workflow, webhookPath: null };
    }),
  create: orgProcedure("workflow.edit")
    .input(ZCreateWorkflowInput)
    .output(ZWorkflow)
    .mutation(({ ctx, input }) => createWorkflow(ctx, input)),
  update: orgProcedure("workflow.edit")
    .input(ZUpdateWorkflowInput)
    .output(ZWorkflow)
    .mutation(({ ctx, input }) => updateWorkflow(ctx, input)),
  saveDraft: orgProcedure("workflow.edit")
    .input(ZSaveDraftInput)
    .mutation(({ ctx, input }) => saveDraft(ctx, input)),
  publish: orgProcedure("workflow.publish")
    .input(ZPublishInput)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) => publishWorkflow(ctx, input)),
  versions: orgProcedure("workflow.read")
    .input(ZById)
    .output(z.array(ZWorkflowVersion))
    .query(({ ctx, input }) => listVersions(ctx, input.id)),
  version: orgProcedure("workflow.read")
    .input(z.object({ id: ZId, version: z.number().int().min(1) }).strict())
    .query(({ ctx, input }) => getVersionGraph(ctx, input.id, input.version)),
  diff: orgProcedure("workflow.read")
    .input(ZDiffInput)
    .query(({ ctx, input }) => diffVersions(ctx, input)),
  rollback: orgProcedure("workflow.publish")
    .input(ZRollbackInput)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) => rollbackWorkflow(ctx, input)),
  export: orgProcedure("workflow.read")
    .input(ZById)
    .output(ZWorkflowExport)
    .query(({ ctx, input }) => exportWorkflow(ctx, input.id)),
  import: orgProcedure("workflow.edit")
    .input(ZImportWorkflowInput)
    .output(ZWorkflow)
    .mutation(({ ctx, input }) => importWorkflow(ctx, input)),
  duplicate: orgProcedure("workflow.edit")
    .input(ZById)
    .output(ZWorkflow)
    .mutation(({ ctx, input }) => duplicateWorkflow(ctx, input.id)),
  webhookSigning: orgProcedure("workflow.edit")
    .input(ZById)
    .output(z.object({ key: z.string(), header: z.string(), format: z.string() }))
    .query(({ ctx, input }) => webhookSigning(ctx, input.id)),
  archive: orgProcedure("workflow.delete")
    .input(ZById)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => archiveWorkflow(ctx, input.id)),

  // Waits on the Chief of Staff's model, so it holds no transaction meanwhile; nothing is saved.
  describe: orgAccessProcedure("workflow.edit")
    .input(ZDescribeWorkflowInput)
    .output(ZDescribedWorkflow)
    .mutation(({ ctx, input }) => describeWorkflow(ctx, input)),

  // Runs: these commit before they hand the run to the queue, so they open their own transactions.
  run: orgAccessProcedure("workflow.run")
    .input(ZStartRunInput)
    .output(ZStartedRun)
    .mutation(({ ctx, input }) =>
      startRun(ctx, { workflowId: input.workflowId, trigger: "manual", input: input.input }),
    ),
  testRun: orgAccessProcedure("workflow.edit")
    .input(ZTestRunInput)
    .output(ZStartedRun)
    .mutation(({ ctx, input }) =>
      startRun(ctx, { workflowId: input.workflowId, trigger: "test", input: input.input, draft: true }),
    ),
  runs: orgProcedure("workflow.read")
    .input(ZListRunsInput)
    .query(({ ctx, input }) => listRuns(ctx, input)),
  runDetail: orgProcedure("workflow.read")
    .input(ZRunIdInput)
    .query(({ ctx, input }) => getRun(ctx, input.id)),
  cancel: orgAccessProcedure("workflow.run")
    .input(ZRunIdInput)
    .mutation(({ ctx, input }) => cancelRun(ctx, input.id)),
  retry: orgAccessProcedure("workflow.run")
    .input(ZRunIdInput)
    .mutation(({ ctx, input }) => retryRun(ctx, input.id)),
  testNode: orgAccessProcedure("workflow.edit")
    .input(ZTestNodeInput)
    .mutation(({ ctx, input }) => testNode(ctx, input)),
  approvals: orgProcedure("workflow.read").query(({ ctx }) => listWaitingApprovals(ctx)),
  decide: orgAccessProcedure("workflow.approve")
    .input(ZDecideApprovalInput)
    .mutation(({ ctx, input }) => decideApproval(ctx, input)),
});
