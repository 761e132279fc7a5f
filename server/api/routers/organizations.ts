import { z } from "zod";
import { PERMISSIONS, can, type Action } from "@/lib/permissions";
import { ZId } from "@/lib/schemas/clients";
import { AppError } from "../../errors";
import { listMyMemberships, pickActiveMembership } from "../../services/organizations/memberships";
import { ACTIVE_ORG_COOKIE } from "../context";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const organizationsRouter = createTRPCRouter({
  /** The caller's agencies, the active one, and what their role there allows (for the UI). */
  mine: protectedProcedure.query(async ({ ctx }) => {
    const memberships = await listMyMemberships(ctx.user.id);
    const active = pickActiveMembership(memberships, ctx.activeOrgId);
    const permissions = active
      ? (Object.keys(PERMISSIONS) as Action[]).filter((action) => can(active.role, action))
      : [];
    return { user: ctx.user, memberships, active, permissions };
  }),
  switch: protectedProcedure.input(z.object({ organizationId: ZId }).strict()).mutation(async ({ ctx, input }) => {
    const memberships = await listMyMemberships(ctx.user.id);
    const target = memberships.find((m) => m.organizationId === input.organizationId);
    if (!target) throw new AppError("NOT_FOUND", "You are not a member of that agency.");
    ctx.resHeaders.append(
      "Set-Cookie",
      `${ACTIVE_ORG_COOKIE}=${encodeURIComponent(target.organizationId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`,
    );
    return target;
  }),
});
