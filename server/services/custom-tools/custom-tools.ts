import { isCustomToolName, type CustomToolName } from "@/lib/agents/tools";
import {
  inputSchemaIssues,
  placeholderIssues,
  type HttpToolMethod,
  type TCreateCustomToolInput,
  type TCustomTool,
  type TToolInputSchema,
  type TUpdateCustomToolInput,
} from "@/lib/schemas/custom-tools";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import { keyHint, open, seal } from "../../crypto/secret-box";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { assertNameFree, sameNameWhere } from "../unique-name";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

/** What an agent's tool list calls a custom tool. */
export const agentToolName = (name: string): CustomToolName => `custom.${name}`;

const TOOL_SELECT = {
  id: true,
  name: true,
  description: true,
  method: true,
  url: true,
  inputSchema: true,
  authHeaderName: true,
  authHeaderHint: true,
  timeoutMs: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CustomToolSelect;

type ToolRow = Prisma.CustomToolGetPayload<{ select: typeof TOOL_SELECT }>;
type AgentRef = { id: string; name: string; tools: string[] };

/** Sealed header values are bound to their agency: a ciphertext copied to another agency will not open. */
const headerContext = (organizationId: string) => `custom-tool-auth-header:${organizationId}`;

/** The agency's agents that list any of `names` (`custom.<name>`). */
function agentsUsing(db: Db, names: CustomToolName[]): Promise<AgentRef[]> {
  return db.agent.findMany({
    where: { tools: { hasSome: names } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, tools: true },
  });
}

function present(row: ToolRow, agents: AgentRef[]): TCustomTool {
  const listed = agentToolName(row.name);
  return {
    ...row,
    // Checked when saved; the stored JSON is that checked object.
    inputSchema: row.inputSchema as TToolInputSchema,
    agents: agents.filter((agent) => agent.tools.includes(listed)).map(({ id, name }) => ({ id, name })),
  };
}

/** What the audit trail keeps of a tool: never the header value, only whether one is set. */
const audited = (tool: TCustomTool) => ({
  name: tool.name,
  description: tool.description,
  method: tool.method,
  url: tool.url,
  inputSchema: tool.inputSchema,
  authHeaderName: tool.authHeaderName,
  hasAuthHeaderValue: tool.authHeaderHint !== null,
  timeoutMs: tool.timeoutMs,
});

export async function listCustomTools({ db }: Pick<ServiceCtx, "db">): Promise<TCustomTool[]> {
  const rows = await db.customTool.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: TOOL_SELECT });
  const agents = rows.length
    ? await agentsUsing(
        db,
        rows.map((row) => agentToolName(row.name)),
      )
    : [];
  return rows.map((row) => present(row, agents));
}

export async function getCustomTool({ db }: Pick<ServiceCtx, "db">, id: string): Promise<TCustomTool> {
  const row = await db.customTool.findFirst({ where: { id }, select: TOOL_SELECT });
  if (!row) throw notFound("That tool");
  return present(row, await agentsUsing(db, [agentToolName(row.name)]));
}

async function assertToolNameFree(db: Db, name: string, exceptId?: string) {
  const clash = await db.customTool.findFirst({ where: sameNameWhere(name, exceptId), select: { id: true } });
  assertNameFree(clash, "A tool", name);
}

/** The URL's placeholders must be required, plain properties of the schema (checked again on the merged edit). */
function assertPlaceholdersFit(url: string, inputSchema: TToolInputSchema) {
  const [problem] = placeholderIssues(url, inputSchema);
  if (problem) throw new AppError("BAD_REQUEST", problem, { field: "url" });
}

function sealedHeader(organizationId: string, value: string) {
  return { authHeaderSealed: seal(value, headerContext(organizationId)), authHeaderHint: keyHint(value) };
}

export async function createCustomTool(ctx: ServiceCtx, input: TCreateCustomToolInput): Promise<TCustomTool> {
  await assertToolNameFree(ctx.db, input.name);
  assertPlaceholdersFit(input.url, input.inputSchema);
  const { authHeaderValue, authHeaderName, inputSchema, ...fields } = input;
  const withHeader = authHeaderName !== undefined && authHeaderValue !== undefined;
  const row = await ctx.db.customTool.create({
    data: {
      ...fields,
      organizationId: ctx.organizationId,
      inputSchema: inputSchema as Prisma.InputJsonValue,
      authHeaderName: withHeader ? authHeaderName : null,
      ...(withHeader && sealedHeader(ctx.organizationId, authHeaderValue)),
    },
    select: TOOL_SELECT,
  });
  const created = present(row, []);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "customTool.create",
    targetType: "custom_tool",
    targetId: created.id,
    after: audited(created),
  });
  return created;
}

/** Applies `rewrite` to the tool list of every agent that lists `from`; returns those agents' names. */
async function rewriteAgentTools(db: Db, from: CustomToolName, rewrite: (tools: string[]) => string[]) {
  const agents = await agentsUsing(db, [from]);
  for (const agent of agents) {
    await db.agent.update({ where: { id: agent.id }, data: { tools: rewrite(agent.tools) }, select: { id: true } });
  }
  return agents.map((agent) => agent.name);
}

export async function updateCustomTool(ctx: ServiceCtx, input: TUpdateCustomToolInput): Promise<TCustomTool> {
  const before = await getCustomTool(ctx, input.id);
  const { authHeaderValue, clearAuthHeader, inputSchema, ...fields } = input.patch;
  const authHeaderName = clearAuthHeader ? null : (fields.authHeaderName ?? before.authHeaderName);
  if (authHeaderValue !== undefined && authHeaderName === null) {
    throw new AppError("BAD_REQUEST", "Name the header the value is sent in, e.g. Authorization or X-Api-Key.", {
      field: "authHeaderName",
    });
  }
  if (authHeaderName !== null && authHeaderValue === undefined && before.authHeaderHint === null) {
    throw new AppError("BAD_REQUEST", "Enter the header's value, or leave the header name empty.", {
      field: "authHeaderValue",
    });
  }
  assertPlaceholdersFit(fields.url ?? before.url, inputSchema ?? before.inputSchema);
  if (fields.name !== undefined && fields.name !== before.name) await assertToolNameFree(ctx.db, fields.name, input.id);
  await ctx.db.customTool.update({
    where: { id: input.id },
    data: {
      ...fields,
      ...(inputSchema && { inputSchema: inputSchema as Prisma.InputJsonValue }),
      ...(authHeaderValue !== undefined && sealedHeader(ctx.organizationId, authHeaderValue)),
      ...(clearAuthHeader && { authHeaderName: null, authHeaderSealed: null, authHeaderHint: null }),
    },
    select: { id: true },
  });
  // A rename follows the tool into every agent that may call it, in the same transaction.
  const from = agentToolName(before.name);
  const to = agentToolName(fields.name ?? before.name);
  const renamedIn =
    from === to
      ? []
      : await rewriteAgentTools(ctx.db, from, (tools) => tools.map((tool) => (tool === from ? to : tool)));
  const after = await getCustomTool(ctx, input.id);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "customTool.update",
    targetType: "custom_tool",
    targetId: input.id,
    before: audited(before),
    after: {
      ...audited(after),
      ...(authHeaderValue !== undefined && { authHeaderValueReplaced: true }),
      ...(renamedIn.length > 0 && { renamedInAgents: renamedIn }),
    },
  });
  return after;
}

/** Deletes the tool and takes it off every agent that listed it, in the same transaction. */
export async function deleteCustomTool(ctx: ServiceCtx, id: string): Promise<{ id: string }> {
  const before = await getCustomTool(ctx, id);
  const listed = agentToolName(before.name);
  const removedFrom = await rewriteAgentTools(ctx.db, listed, (tools) => tools.filter((tool) => tool !== listed));
  await ctx.db.customTool.delete({ where: { id }, select: { id: true } });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "customTool.delete",
    targetType: "custom_tool",
    targetId: id,
    before: { ...audited(before), ...(removedFrom.length > 0 && { removedFromAgents: removedFrom }) },
  });
  return { id };
}

/** The `custom.*` entries of `tools` that name no tool of this agency (for refusing an agent's tool list). */
export async function missingCustomTools({ db }: Pick<ServiceCtx, "db">, tools: readonly string[]): Promise<string[]> {
  const wanted = tools.filter(isCustomToolName);
  if (!wanted.length) return [];
  const names = wanted.map((tool) => tool.slice("custom.".length));
  const found = await db.customTool.findMany({ where: { name: { in: names } }, select: { name: true } });
  const existing = new Set(found.map((row) => agentToolName(row.name)));
  return wanted.filter((tool) => !existing.has(tool));
}

/** A custom tool ready to run: for the server's tool runner only, as it carries the opened header value. */
export type CustomToolDefinition = {
  /** Without the prefix: the agent lists it as `custom.<name>`. */
  name: string;
  description: string;
  method: HttpToolMethod;
  url: string;
  inputSchema: TToolInputSchema;
  authHeader: { name: string; value: string } | null;
  timeoutMs: number;
  /** Why the tool cannot be called right now (its stored header no longer opens); null when it can. */
  unavailable: string | null;
};

const EMPTY_SCHEMA: TToolInputSchema = { type: "object", properties: {} };

/**
 * The runtime definitions of the `custom.*` entries of an agent's tool list, in that order,
 * auth header values opened. Names with no tool in the agency (deleted meanwhile) and built-in
 * names are skipped. A tool whose stored header cannot be opened is still returned, with
 * `unavailable` saying why, so one broken tool fails its own calls instead of the whole run.
 */
export async function loadCustomTools(
  { db, organizationId }: Pick<ServiceCtx, "db" | "organizationId">,
  names: readonly string[],
): Promise<CustomToolDefinition[]> {
  const wanted = [...new Set(names.filter(isCustomToolName).map((tool) => tool.slice("custom.".length)))];
  if (!wanted.length) return [];
  const rows = await db.customTool.findMany({
    where: { name: { in: wanted } },
    select: {
      name: true,
      description: true,
      method: true,
      url: true,
      inputSchema: true,
      authHeaderName: true,
      authHeaderSealed: true,
      timeoutMs: true,
    },
  });
  const byName = new Map(rows.map((row) => [row.name, row]));
  return wanted.flatMap((name) => {
    const row = byName.get(name);
    if (!row) return [];
    let unavailable: string | null = null;
    let authHeader: CustomToolDefinition["authHeader"] = null;
    if (row.authHeaderName && row.authHeaderSealed) {
      try {
        authHeader = { name: row.authHeaderName, value: open(row.authHeaderSealed, headerContext(organizationId)) };
      } catch {
        unavailable = `The auth header of custom.${name} cannot be read (the server's ENCRYPTION_KEY changed). Ask a manager to enter it again on the Tools page.`;
      }
    }
    const schemaOk = inputSchemaIssues(row.inputSchema).length === 0;
    if (!schemaOk)
      unavailable ??= `The stored input schema of custom.${name} is not valid. Ask a manager to fix it on the Tools page.`;
    return [
      {
        name: row.name,
        description: row.description,
        method: row.method,
        url: row.url,
        inputSchema: schemaOk ? (row.inputSchema as TToolInputSchema) : EMPTY_SCHEMA,
        authHeader,
        timeoutMs: row.timeoutMs,
        unavailable,
      },
    ];
  });
}
