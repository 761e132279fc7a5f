import type { OrgContext } from "../api/trpc";
import { withDb } from "../db/client";

/** Who work is done for outside a tRPC procedure: the agency, and the person (or agent) audited. */
export type Access = Pick<OrgContext, "organizationId" | "actor">;
/** What services get: a tenant transaction, the agency and the actor — as a procedure would hand them. */
export type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

/**
 * Runs `fn` in its own transaction confined to the agency (Prisma extension + RLS), for work
 * that must not hold one transaction throughout: a chat's reads and writes around the model
 * call, a tool's work, a run started and then enqueued.
 */
export function inTenant<T>(access: Access, fn: (ctx: ServiceCtx) => Promise<T>): Promise<T> {
  return withDb({ organizationId: access.organizationId, userId: access.actor.userId ?? undefined }, (db) =>
    fn({ db, organizationId: access.organizationId, actor: access.actor }),
  );
}
