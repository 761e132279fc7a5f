import { Prisma } from "./generated/client";
import { writesConfig } from "./config-cache";
import { dbContextStorage } from "./context";

/** Models whose rows belong to one agency. Checked again by RLS in the database. */
export const TENANT_MODELS = new Set<string>([
  "Membership",
  "Invitation",
  "Client",
  "AuditEvent",
  "Campaign",
  "CampaignMetric",
  "Task",
  "Contact",
  "Segment",
  "Asset",
  "AssetVersion",
  "AssetComment",
  "ModelProvider",
  "Agent",
  "Conversation",
  "ChatMessage",
  "AgentRun",
  "ToolCallRecord",
  "CustomTool",
  "CachedResponse",
  "Workflow",
  "WorkflowVersion",
  "WorkflowRun",
  "WorkflowStep",
  "WorkflowEvent",
]);

/** Operations that only read. */
const READ_OPERATIONS = new Set<string>([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/** Operations whose `where` gets the tenant added. */
const WHERE_OPERATIONS = new Set<string>([
  ...READ_OPERATIONS,
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

export class TenantContextMissingError extends Error {
  constructor(model: string, operation: string) {
    super(`${model}.${operation} ran without a tenant: wrap it in withDb({ organizationId })`);
    this.name = "TenantContextMissingError";
  }
}

type Args = Record<string, unknown>;

function withTenantData(data: unknown, organizationId: string): unknown {
  if (Array.isArray(data)) return data.map((row: unknown) => withTenantData(row, organizationId));
  return { ...(data as Args), organizationId };
}

function withoutTenantData(data: unknown): unknown {
  if (data === null || typeof data !== "object") return data;
  const { organizationId: _ignored, ...rest } = data as Args;
  return rest;
}

/**
 * Puts `organizationId` into the arguments of a tenant-model query: into `where` for reads,
 * updates and deletes, into `data` for creates; an update can never move a row to another
 * agency. Memberships may also be read by their own user across agencies (the agency
 * switcher), which RLS permits by `app.user_id`.
 */
export function scopeArgs(model: string, operation: string, args: Args): Args {
  if (!TENANT_MODELS.has(model)) return args;
  const ctx = dbContextStorage.getStore();
  const organizationId = ctx?.organizationId;
  if (!organizationId) {
    const readOwnMemberships = model === "Membership" && ctx?.userId && operation.startsWith("find");
    if (!readOwnMemberships) throw new TenantContextMissingError(model, operation);
    return { ...args, where: { ...(args.where as Args | undefined), userId: ctx.userId } };
  }
  const scoped: Args = { ...args };
  if (WHERE_OPERATIONS.has(operation)) scoped.where = { ...(args.where as Args | undefined), organizationId };
  if (operation === "create" || operation === "createMany" || operation === "createManyAndReturn") {
    scoped.data = withTenantData(args.data, organizationId);
  }
  if (operation.startsWith("update")) scoped.data = withoutTenantData(args.data);
  if (operation === "upsert") {
    scoped.create = withTenantData(args.create, organizationId);
    scoped.update = withoutTenantData(args.update);
  }
  return scoped;
}

export const tenantScope = Prisma.defineExtension({
  name: "tenant-scope",
  query: {
    $allModels: {
      $allOperations({ model, operation, args, query }) {
        if (!READ_OPERATIONS.has(operation) && writesConfig(model, operation, args)) {
          const ctx = dbContextStorage.getStore();
          if (ctx) ctx.wroteConfig = true;
        }
        return query(scopeArgs(model, operation, args as Args) as typeof args);
      },
    },
  },
});
