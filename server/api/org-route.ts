import { ZodError } from "zod";
import type { Action } from "@/lib/permissions";
import { currentUser } from "../auth/session";
import { withDb } from "../db/client";
import { AppError, HTTP_STATUS } from "../errors";
import { requestMeta } from "../http/request-meta";
import { assertSameOrigin } from "../http/same-origin";
import { ACTIVE_ORG_COOKIE, readCookie } from "./context";
import { resolveOrgAccess } from "./org-access";
import type { OrgContext } from "./trpc";

/** Maps an error to a JSON response a person can act on; unknown errors stay 500 and are logged. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: { code: error.code, message: error.message } }, { status: HTTP_STATUS[error.code] });
  }
  if (error instanceof ZodError) {
    const message = error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
    return Response.json({ error: { code: "BAD_REQUEST", message } }, { status: 400 });
  }
  console.error(error);
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } }, { status: 500 });
}

/**
 * The route-handler twin of tRPC's orgProcedure: session, role check, tenant transaction.
 * `prepare` runs before the transaction opens (e.g. reading an upload), after the role check.
 */
export async function withOrgRoute<T = undefined>(
  req: Request,
  action: Action,
  fn: (ctx: OrgContext, prepared: T) => Promise<Response>,
  options: { prepare?: () => Promise<T>; timeoutMs?: number } = {},
) {
  try {
    const access = await resolveRouteAccess(req, action);
    const prepared = (await options.prepare?.()) as T;
    return await withDb(
      { organizationId: access.organizationId, userId: access.actor.userId ?? undefined },
      (db) => fn({ db, ...access }, prepared),
      { timeoutMs: options.timeoutMs },
    );
  } catch (error) {
    return errorResponse(error);
  }
}

/** Who is calling and in which agency, if their role there allows `action` (no transaction). */
export async function resolveRouteAccess(req: Request, action: Action): Promise<Omit<OrgContext, "db">> {
  assertSameOrigin(req);
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  const membership = await resolveOrgAccess(user.id, readCookie(req.headers.get("cookie"), ACTIVE_ORG_COOKIE), action);
  return {
    organizationId: membership.organizationId,
    organization: membership.organization,
    role: membership.role,
    actor: { userId: user.id, label: user.email, ...requestMeta(req.headers) },
  };
}
