import type { OrgContext } from "../../api/trpc";
import { withDb } from "../../db/client";
import type { ToolContext } from "./types";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

/**
 * Runs a tool's work in its own transaction confined to the agency (Prisma extension + RLS),
 * handing the services the same context a tRPC procedure would.
 */
export function withTenant<T>(ctx: ToolContext, fn: (service: ServiceCtx) => Promise<T>): Promise<T> {
  return withDb({ organizationId: ctx.organizationId, userId: ctx.actor.userId ?? undefined }, (db) =>
    fn({ db, organizationId: ctx.organizationId, actor: ctx.actor }),
  );
}
