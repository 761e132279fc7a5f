import { DEFAULT_AGENT_TEMPLATES, TEMPLATE_DEFAULTS } from "@/lib/agents/templates";
import { isCustomToolName, isToolName } from "@/lib/agents/tools";
import type { TAgent, TCreateAgentInput, TUpdateAgentInput } from "@/lib/schemas/agents";
import { ZProviderModel } from "@/lib/schemas/providers";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { missingCustomTools } from "../custom-tools/custom-tools";
import { assertNameFree, sameNameWhere } from "../unique-name";
import { agentLiveStatus } from "./agent-status";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const AGENT_SELECT = {
  id: true,
  name: true,
  description: true,
  template: true,
  providerId: true,
  provider: { select: { name: true, kind: true } },
  model: true,
  temperature: true,
  systemPrompt: true,
  variables: true,
  tools: true,
  memoryWindow: true,
  status: true,
  visibility: true,
  cacheTtlSeconds: true,
  lastError: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.AgentSelect;

type AgentRow = Prisma.AgentGetPayload<{ select: typeof AGENT_SELECT }>;

function present(row: AgentRow): TAgent {
  const variables =
    row.variables && typeof row.variables === "object" && !Array.isArray(row.variables)
      ? Object.fromEntries(Object.entries(row.variables).filter((e): e is [string, string] => typeof e[1] === "string"))
      : {};
  return {
    ...row,
    template: row.template as TAgent["template"],
    variables,
    // A built-in tool retired from the registry drops out of the agent instead of breaking it.
    tools: row.tools.filter((tool) => isToolName(tool) || isCustomToolName(tool)),
  };
}

/** What the audit trail keeps of an agent. */
const audited = (agent: TAgent) => ({
  name: agent.name,
  template: agent.template,
  providerId: agent.providerId,
  model: agent.model,
  temperature: agent.temperature,
  tools: agent.tools,
  memoryWindow: agent.memoryWindow,
  visibility: agent.visibility,
  cacheTtlSeconds: agent.cacheTtlSeconds,
  systemPromptLength: agent.systemPrompt.length,
});

/** The agents with what each is doing now (busy, error, active, idle), worked out from their runs. */
async function withLiveStatus(db: Db, agents: TAgent[]): Promise<TAgent[]> {
  const live = await agentLiveStatus(
    db,
    agents.map((agent) => agent.id),
  );
  return agents.map((agent) => ({ ...agent, ...live.get(agent.id) }));
}

export async function listAgents({ db }: ServiceCtx): Promise<TAgent[]> {
  const rows = await db.agent.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: AGENT_SELECT });
  return withLiveStatus(db, rows.map(present));
}

/** The agent's settings, without its live status: for running it, where every query counts. */
export async function findAgent({ db }: Pick<ServiceCtx, "db">, id: string): Promise<TAgent> {
  const row = await db.agent.findFirst({ where: { id }, select: AGENT_SELECT });
  if (!row) throw notFound("That agent");
  return present(row);
}

export async function getAgent(ctx: ServiceCtx, id: string): Promise<TAgent> {
  const [agent] = await withLiveStatus(ctx.db, [await findAgent(ctx, id)]);
  return agent!;
}

/** The provider must be this agency's, and the model one it has enabled (when it lists any). */
async function assertModelFits(db: Db, providerId: string | null, model: string | null) {
  if (!providerId) {
    if (model)
      throw new AppError("BAD_REQUEST", "The offline model has no model choice; clear the model.", { field: "model" });
    return;
  }
  const provider = await db.modelProvider.findFirst({ where: { id: providerId }, select: { models: true } });
  if (!provider)
    throw new AppError("BAD_REQUEST", "That provider was not found in this agency.", { field: "providerId" });
  const enabled = ZProviderModel.array().catch([]).parse(provider.models);
  if (model && enabled.length && !enabled.some((m) => m.id === model)) {
    throw new AppError(
      "BAD_REQUEST",
      `That provider has not enabled "${model}". Choose one of: ${enabled.map((m) => m.id).join(", ")}.`,
      { field: "model" },
    );
  }
}

/** Every custom tool the agent lists must be one of this agency's. */
async function assertCustomToolsExist(db: Db, tools: readonly string[] | undefined) {
  if (!tools) return;
  const missing = await missingCustomTools({ db }, tools);
  if (!missing.length) return;
  const list = missing.join(", ");
  throw new AppError(
    "BAD_REQUEST",
    missing.length === 1
      ? `The tool ${list} does not exist in this agency. Create it on the Tools page or take it off the agent.`
      : `The tools ${list} do not exist in this agency. Create them on the Tools page or take them off the agent.`,
    { field: "tools" },
  );
}

async function assertAgentNameFree(db: Db, name: string, exceptId?: string) {
  const clash = await db.agent.findFirst({ where: sameNameWhere(name, exceptId), select: { id: true } });
  assertNameFree(clash, "An agent", name);
}

export async function createAgent(ctx: ServiceCtx, input: TCreateAgentInput): Promise<TAgent> {
  const defaults = TEMPLATE_DEFAULTS[input.template];
  const providerId = input.providerId ?? null;
  const model = input.model ?? null;
  await assertAgentNameFree(ctx.db, input.name);
  await assertModelFits(ctx.db, providerId, model);
  await assertCustomToolsExist(ctx.db, input.tools);
  const row = await ctx.db.agent.create({
    data: {
      organizationId: ctx.organizationId,
      name: input.name,
      description: input.description ?? defaults.description,
      template: input.template,
      providerId,
      model,
      temperature: input.temperature ?? defaults.temperature,
      systemPrompt: input.systemPrompt ?? defaults.systemPrompt,
      variables: input.variables ?? {},
      tools: input.tools ?? defaults.tools,
      memoryWindow: input.memoryWindow ?? 20,
      visibility: input.visibility ?? "internal",
      cacheTtlSeconds: input.cacheTtlSeconds ?? null,
    },
    select: AGENT_SELECT,
  });
  const agent = present(row);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "agent.create",
    targetType: "agent",
    targetId: agent.id,
    after: audited(agent),
  });
  return agent;
}

export async function updateAgent(ctx: ServiceCtx, input: TUpdateAgentInput): Promise<TAgent> {
  const before = await getAgent(ctx, input.id);
  const { variables, ...patch } = input.patch;
  const providerId = patch.providerId === undefined ? before.providerId : patch.providerId;
  // Switching provider without naming a model falls back to the new provider's default.
  const model = patch.model !== undefined ? patch.model : patch.providerId !== undefined ? null : before.model;
  if (patch.name) await assertAgentNameFree(ctx.db, patch.name, input.id);
  await assertModelFits(ctx.db, providerId, model);
  await assertCustomToolsExist(ctx.db, patch.tools);
  await ctx.db.agent.update({
    where: { id: input.id },
    data: { ...patch, providerId, model, ...(variables && { variables }) },
    select: { id: true },
  });
  const after = await getAgent(ctx, input.id);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "agent.update",
    targetType: "agent",
    targetId: input.id,
    before: audited(before),
    after: audited(after),
  });
  return after;
}

export async function deleteAgent(ctx: ServiceCtx, id: string) {
  const before = await getAgent(ctx, id);
  await ctx.db.agent.delete({ where: { id } });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "agent.delete",
    targetType: "agent",
    targetId: id,
    before: audited(before),
  });
  return { id };
}

/**
 * Adds the default agents (one per role) an agency does not have yet, by name, on the
 * offline model. New agencies get them at sign-up; older ones from the agents page.
 */
export async function addDefaultAgents(ctx: ServiceCtx): Promise<{ added: number }> {
  const existing = new Set((await ctx.db.agent.findMany({ select: { name: true } })).map((a) => a.name.toLowerCase()));
  let added = 0;
  for (const template of DEFAULT_AGENT_TEMPLATES) {
    const defaults = TEMPLATE_DEFAULTS[template];
    if (existing.has(defaults.name.toLowerCase())) continue;
    await createAgent(ctx, { template, name: defaults.name });
    added += 1;
  }
  return { added };
}
