import { generateText, type ModelMessage } from "ai";
import type { TDescribedWorkflow, TDescribeWorkflowInput } from "@/lib/schemas/workflows";
import { checkDraft, isAgentTemplate, type DraftAgent, type DraftProblem } from "@/lib/workflow/describe-draft";
import { matchTemplateDescription } from "@/lib/workflow/describe-match";
import { describeSystemPrompt, describeUserPrompt, repairPrompt } from "@/lib/workflow/describe-prompt";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { agentsByTemplate, instantiateTemplate, WORKFLOW_TEMPLATES } from "@/lib/workflow/templates";
import { describeModelError } from "../../ai/provider-errors";
import { recordAudit } from "../../audit/record";
import { AppError } from "../../errors";
import {
  cachedAgentRuntime,
  finishRun,
  inTenant,
  modelFor,
  newRunId,
  startRun,
  type Access,
  type AgentRuntime,
  type ServiceCtx,
} from "../agents/agent-runtime";
import { sameNameWhere } from "../unique-name";

/** How long one model call may take: a whole graph is a long answer. */
const DRAFT_TIMEOUT_MS = 120_000;
/** Problems named in a refusal's message; all of them travel in its details. */
const PROBLEMS_NAMED = 3;

type AgencyAgent = DraftAgent & { description: string | null };

async function agencyAgents(access: Access): Promise<AgencyAgent[]> {
  const rows = await inTenant(access, (ctx) =>
    ctx.db.agent.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, template: true, description: true },
    }),
  );
  return rows.flatMap((row) => (isAgentTemplate(row.template) ? [{ ...row, template: row.template }] : []));
}

/** `name`, or "name (2)", "name (3)"… whichever no workflow of the agency has. */
async function freeName(ctx: ServiceCtx, name: string): Promise<string> {
  for (let n = 1; n < 50; n += 1) {
    const candidate = n === 1 ? name : `${name.slice(0, 110)} (${n})`;
    const clash = await ctx.db.workflow.findFirst({ where: sameNameWhere(candidate), select: { id: true } });
    if (!clash) return candidate;
  }
  return `${name.slice(0, 100)} (${Date.now().toString(36)})`;
}

/** A name from the description when the model gave none: its first words. */
function nameFrom(description: string): string {
  const words = description.split(/\s+/).slice(0, 8).join(" ");
  const short = words.length > 60 ? `${words.slice(0, 59)}…` : words;
  return short.replace(/[.,;:!?]+$/, "") || "Described workflow";
}

const sentence = (problem: DraftProblem) => problem.message.trim().replace(/[.\s]+$/, "");

function refusal(problems: readonly DraftProblem[]): AppError {
  const named = problems.slice(0, PROBLEMS_NAMED).map(sentence).join("; ");
  const more = problems.length > PROBLEMS_NAMED ? ` (and ${problems.length - PROBLEMS_NAMED} more)` : "";
  return new AppError(
    "BAD_REQUEST",
    `The Chief of Staff's draft still had problems: ${named}${more}; describe it differently or start from a template.`,
    { field: "description", problems: problems.map(({ nodeId, message }) => ({ nodeId, message })) },
  );
}

type Draft = { graph: TWorkflowGraph; name: string; description: string | null };

/**
 * The offline model cannot read free text, so it drafts only what it knows: a template whose
 * own description (or name) the person wrote, instantiated with the agency's agents.
 */
function offlineDraft(description: string, agents: readonly AgencyAgent[]): Draft & { templateId: string } {
  const template = matchTemplateDescription(description);
  if (!template) {
    const names = WORKFLOW_TEMPLATES.map((candidate) => candidate.name).join(", ");
    throw new AppError(
      "BAD_REQUEST",
      `The offline model can only draft the templates' own descriptions (${names}); connect a model provider for anything else.`,
      { field: "description" },
    );
  }
  return {
    graph: instantiateTemplate(template, { agentsByTemplate: agentsByTemplate(agents) }),
    name: template.name,
    description: template.description,
    templateId: template.id,
  };
}

type ModelDraft = { draft: Draft; repaired: boolean } | { problems: DraftProblem[] };

/**
 * Asks the Chief of Staff's model for the graph, checks it, and when it has problems sends them
 * back once for a fixed graph. Recorded as a run of the agent (tokens, cost) and audited.
 */
async function modelDraft(
  access: Access,
  runtime: AgentRuntime,
  agents: readonly AgencyAgent[],
  description: string,
): Promise<ModelDraft & { runId: string; error: string | null }> {
  const runId = newRunId();
  await inTenant(access, (ctx) => startRun(ctx, { runId, runtime, audit: { via: "workflow.describe" } }));
  const system = describeSystemPrompt({ agentName: runtime.agent.name, agencyName: runtime.agencyName, agents });
  const messages: ModelMessage[] = [{ role: "user", content: describeUserPrompt(description) }];
  const usage = { inputTokens: 0, outputTokens: 0 };
  const ask = async () => {
    const result = await generateText({
      model: modelFor(runtime),
      system,
      messages,
      temperature: runtime.agent.temperature,
      maxRetries: 3,
      abortSignal: AbortSignal.timeout(DRAFT_TIMEOUT_MS),
    });
    usage.inputTokens += result.totalUsage.inputTokens ?? 0;
    usage.outputTokens += result.totalUsage.outputTokens ?? 0;
    return result.text;
  };

  const started = performance.now();
  let outcome: ModelDraft = { problems: [] };
  let error: string | null = null;
  try {
    const first = await ask();
    let checked = checkDraft(first, agents);
    let repaired = false;
    if (!checked.ok) {
      messages.push({ role: "assistant", content: first }, { role: "user", content: repairPrompt(checked.problems) });
      checked = checkDraft(await ask(), agents);
      repaired = true;
    }
    outcome = checked.ok
      ? {
          draft: {
            graph: checked.draft.graph,
            name: checked.draft.name ?? nameFrom(description),
            description: checked.draft.description ?? description.slice(0, 1000),
          },
          repaired,
        }
      : { problems: checked.problems };
  } catch (thrown) {
    error = describeModelError(thrown);
  }
  await inTenant(access, (ctx) =>
    finishRun(ctx, runId, runtime, {
      status: error ? "failed" : "succeeded",
      error,
      ...usage,
      latencyMs: Math.round(performance.now() - started),
      firstTokenMs: null,
      toolCalls: [],
    }),
  );
  return { ...outcome, runId, error };
}

/**
 * "Describe it": the agency's Chief of Staff drafts a workflow graph from a plain-language
 * description. The draft is validated like any graph (its agent steps must name the agency's
 * agents) and repaired once by the model; what still has problems is refused with them. With the
 * offline model only the templates' own descriptions are drafted. Nothing is saved: the caller
 * creates the workflow from the result.
 */
export async function describeWorkflow(
  access: Access & { organization?: { name: string } },
  input: TDescribeWorkflowInput,
): Promise<TDescribedWorkflow> {
  const agents = await agencyAgents(access);
  const chiefId = agentsByTemplate(agents).chief_of_staff;
  if (!chiefId)
    throw new AppError(
      "BAD_REQUEST",
      "Your agency has no Chief of Staff agent to draft workflows. Add one under Agents (New agent → Chief of Staff), or start from a template.",
    );
  const runtime = await cachedAgentRuntime(access, chiefId);

  if (!runtime.connection) {
    const draft = offlineDraft(input.description, agents);
    return inTenant(access, async (ctx) => {
      const name = await freeName(ctx, draft.name);
      await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
        action: "workflow.describe",
        targetType: "agent",
        targetId: chiefId,
        after: { source: "offline-template", template: draft.templateId, name, nodes: draft.graph.nodes.length },
      });
      return { ...draft, name, source: "offline-template", repaired: false };
    });
  }

  const result = await modelDraft(access, runtime, agents, input.description);
  const drafted = "draft" in result ? result : null;
  const name = await inTenant(access, async (ctx) => {
    const free = drafted ? await freeName(ctx, drafted.draft.name) : null;
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: "workflow.describe",
      targetType: "agent",
      targetId: chiefId,
      after: {
        source: "model",
        runId: result.runId,
        outcome: result.error ? "failed" : drafted ? "drafted" : "refused",
        ...(drafted && { name: free, nodes: drafted.draft.graph.nodes.length, repaired: drafted.repaired }),
        ...("problems" in result && !result.error && { problems: result.problems.length }),
      },
    });
    return free;
  });
  if (result.error) throw new AppError("BAD_REQUEST", `The Chief of Staff could not draft it: ${result.error}`);
  if (!drafted || name === null) throw refusal("problems" in result ? result.problems : []);
  return { ...drafted.draft, name, source: "model", repaired: drafted.repaired };
}
