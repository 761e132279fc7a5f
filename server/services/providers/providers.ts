import type {
  TCreateProviderInput,
  TProvider,
  TProviderModel,
  TTestProviderInput,
  TUpdateProviderInput,
} from "@/lib/schemas/providers";
import { ZProviderModel } from "@/lib/schemas/providers";
import type { OrgContext } from "../../api/trpc";
import { listProviderModels, type ProviderConnection } from "../../ai/list-models";
import { recordAudit } from "../../audit/record";
import { withDb } from "../../db/client";
import { keyHint, open, seal } from "../../crypto/secret-box";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { assertNameFree, sameNameWhere } from "../unique-name";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const PROVIDER_SELECT = {
  id: true,
  name: true,
  kind: true,
  baseUrl: true,
  apiKeyHint: true,
  defaultModel: true,
  models: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { agents: true } },
} satisfies Prisma.ModelProviderSelect;

type ProviderRow = Prisma.ModelProviderGetPayload<{ select: typeof PROVIDER_SELECT }>;

/** Sealed keys are bound to their agency: a ciphertext copied to another agency will not open. */
const keyContext = (organizationId: string) => `provider-api-key:${organizationId}`;

function present({ _count, models, ...row }: ProviderRow): TProvider {
  return { ...row, models: ZProviderModel.array().catch([]).parse(models), agentCount: _count.agents };
}

/** What the audit trail keeps of a provider: never the key, only whether it changed. */
const audited = (row: TProvider) => ({
  name: row.name,
  kind: row.kind,
  baseUrl: row.baseUrl,
  apiKeyHint: row.apiKeyHint,
  defaultModel: row.defaultModel,
  models: row.models.map((m) => m.id),
});

export async function listProviders({ db }: ServiceCtx): Promise<TProvider[]> {
  const rows = await db.modelProvider.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: PROVIDER_SELECT });
  return rows.map(present);
}

async function findProvider(db: Db, id: string): Promise<TProvider> {
  const row = await db.modelProvider.findFirst({ where: { id }, select: PROVIDER_SELECT });
  if (!row) throw notFound("That model provider");
  return present(row);
}

async function assertProviderNameFree(db: Db, name: string, exceptId?: string) {
  const clash = await db.modelProvider.findFirst({ where: sameNameWhere(name, exceptId), select: { id: true } });
  assertNameFree(clash, "A provider", name);
}

export async function createProvider(ctx: ServiceCtx, input: TCreateProviderInput): Promise<TProvider> {
  await assertProviderNameFree(ctx.db, input.name);
  const { apiKey, ...fields } = input;
  const row = await ctx.db.modelProvider.create({
    data: {
      ...fields,
      organizationId: ctx.organizationId,
      baseUrl: fields.baseUrl ?? null,
      models: fields.models as Prisma.InputJsonValue,
      apiKeyCiphertext: apiKey ? seal(apiKey, keyContext(ctx.organizationId)) : null,
      apiKeyHint: apiKey ? keyHint(apiKey) : null,
    },
    select: PROVIDER_SELECT,
  });
  const created = present(row);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "provider.create",
    targetType: "model_provider",
    targetId: created.id,
    after: audited(created),
  });
  return created;
}

export async function updateProvider(ctx: ServiceCtx, input: TUpdateProviderInput): Promise<TProvider> {
  const before = await findProvider(ctx.db, input.id);
  const { apiKey, clearApiKey, models, ...fields } = input.patch;
  const next = {
    kind: fields.kind ?? before.kind,
    baseUrl: fields.baseUrl === undefined ? before.baseUrl : fields.baseUrl,
  };
  if (next.kind === "openai_compatible" && !next.baseUrl) {
    throw new AppError("BAD_REQUEST", "OpenAI-compatible providers need their base URL.", { field: "baseUrl" });
  }
  const enabled: TProviderModel[] = models ?? before.models;
  const defaultModel = fields.defaultModel ?? before.defaultModel;
  if (enabled.length && !enabled.some((m) => m.id === defaultModel)) {
    throw new AppError("BAD_REQUEST", "The default model must be one of the enabled models.", {
      field: "defaultModel",
    });
  }
  if (fields.name) await assertProviderNameFree(ctx.db, fields.name, input.id);
  await ctx.db.modelProvider.update({
    where: { id: input.id },
    data: {
      ...fields,
      ...(models && { models: models as Prisma.InputJsonValue }),
      ...(apiKey && { apiKeyCiphertext: seal(apiKey, keyContext(ctx.organizationId)), apiKeyHint: keyHint(apiKey) }),
      ...(clearApiKey && !apiKey && { apiKeyCiphertext: null, apiKeyHint: null }),
    },
    select: { id: true },
  });
  const after = await findProvider(ctx.db, input.id);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "provider.update",
    targetType: "model_provider",
    targetId: input.id,
    before: audited(before),
    after: { ...audited(after), ...(apiKey && { apiKeyReplaced: true }) },
  });
  return after;
}

export async function deleteProvider(ctx: ServiceCtx, id: string) {
  const before = await findProvider(ctx.db, id);
  if (before.agentCount > 0) {
    const agents = before.agentCount === 1 ? "1 agent uses" : `${before.agentCount} agents use`;
    throw new AppError("CONFLICT", `${agents} this provider. Move them to another provider first.`);
  }
  await ctx.db.modelProvider.delete({ where: { id } });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "provider.delete",
    targetType: "model_provider",
    targetId: id,
    before: audited(before),
  });
  return { id };
}

/**
 * How to reach a saved provider, key included, with its default model and prices (one read):
 * for server-side model calls only.
 */
export async function providerConnection(
  { db, organizationId }: ServiceCtx,
  id: string,
): Promise<ProviderConnection & { defaultModel: string; models: unknown }> {
  const row = await db.modelProvider.findFirst({
    where: { id },
    select: { kind: true, baseUrl: true, apiKeyCiphertext: true, defaultModel: true, models: true },
  });
  if (!row) throw notFound("That model provider");
  let apiKey: string | null = null;
  if (row.apiKeyCiphertext) {
    try {
      apiKey = open(row.apiKeyCiphertext, keyContext(organizationId));
    } catch {
      throw new AppError(
        "PRECONDITION_FAILED",
        "This provider's API key cannot be read (the server's ENCRYPTION_KEY changed). Enter the key again.",
      );
    }
  }
  return { kind: row.kind, baseUrl: row.baseUrl, apiKey, defaultModel: row.defaultModel, models: row.models };
}

/**
 * "Test connection" for a saved provider or for settings not saved yet. The saved connection is
 * read in a short transaction of its own; the call to the provider (up to its timeout) holds no
 * database connection.
 */
export async function testProvider(access: Pick<ServiceCtx, "organizationId" | "actor">, input: TTestProviderInput) {
  const connection: ProviderConnection =
    "id" in input
      ? await withDb({ organizationId: access.organizationId, userId: access.actor.userId ?? undefined }, (db) =>
          providerConnection({ ...access, db }, input.id),
        )
      : { kind: input.kind, baseUrl: input.baseUrl ?? null, apiKey: input.apiKey ?? null };
  return listProviderModels(connection);
}
