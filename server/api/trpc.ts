import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Action, Role } from "@/lib/permissions";
import type { AuditActor } from "../audit/record";
import { withDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import type { ApiContext } from "./context";
import { resolveOrgAccess } from "./org-access";

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zod
        ? zod.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")
        : // Internals (SQL, stack details) stay in the server log, never in the browser.
          error.code === "INTERNAL_SERVER_ERROR"
          ? "Something went wrong on our side. Try again; if it keeps happening, tell your administrator."
          : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: zod ? Object.fromEntries(zod.issues.map((i) => [i.path.join("."), i.message])) : undefined,
        retryAfterSeconds: error.cause instanceof AppError ? error.cause.details?.retryAfterSeconds : undefined,
        field: error.cause instanceof AppError ? error.cause.details?.field : undefined,
        problems: error.cause instanceof AppError ? error.cause.details?.problems : undefined,
        revision: error.cause instanceof AppError ? error.cause.details?.revision : undefined,
      },
    };
  },
});

/** Domain and database errors become tRPC errors here, once, with a message a person can act on. */
function toTrpcError(error: unknown): unknown {
  if (error instanceof TRPCError) return error;
  if (error instanceof AppError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025")
      return new TRPCError({ code: "NOT_FOUND", message: "That record was not found in this agency." });
    if (error.code === "P2002")
      return new TRPCError({ code: "CONFLICT", message: "A record with these values already exists." });
  }
  return error;
}

const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause ?? result.error);
    if (mapped instanceof TRPCError) return { ...result, error: mapped };
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(errorMapping);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export type OrgContext = {
  db: Db;
  organizationId: string;
  organization: { name: string; slug: string };
  role: Role;
  actor: AuditActor;
};

/**
 * Like `orgProcedure`, but without the transaction: for procedures that wait on the outside world
 * (a model provider, a web address) and must not hold a database connection meanwhile. They get
 * the agency and actor and open short tenant transactions of their own (`withDb`).
 */
export function orgAccessProcedure(action: Action) {
  return protectedProcedure.use(async ({ ctx, next }) => {
    const membership = await resolveOrgAccess(ctx.user.id, ctx.activeOrgId, action);
    const actor: AuditActor = { userId: ctx.user.id, label: ctx.user.email, ...ctx.meta };
    return next({
      ctx: {
        ...ctx,
        organizationId: membership.organizationId,
        organization: membership.organization,
        role: membership.role,
        actor,
      },
    });
  });
}

/**
 * Confines a procedure to the caller's active agency and to roles allowed `action`. The
 * whole procedure then runs in one transaction with the tenant set (Prisma extension + RLS),
 * so its changes and their audit events commit together or not at all.
 */
export function orgProcedure(action: Action) {
  return protectedProcedure.use(async ({ ctx, next }) => {
    const membership = await resolveOrgAccess(ctx.user.id, ctx.activeOrgId, action);
    const organizationId = membership.organizationId;
    const actor: AuditActor = { userId: ctx.user.id, label: ctx.user.email, ...ctx.meta };
    return withDb({ organizationId, userId: ctx.user.id }, async (db) => {
      const result = await next({
        ctx: { ...ctx, db, organizationId, organization: membership.organization, role: membership.role, actor },
      });
      // A failed procedure must roll back everything it wrote, audit events included.
      if (!result.ok) throw result.error;
      return result;
    });
  });
}
