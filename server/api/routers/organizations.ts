import { z } from "zod";
import { PERMISSIONS, can, type Action } from "@/lib/permissions";
import { ZCreateAgencyInput, ZNewAgency } from "@/lib/schemas/accounts";
import { ZMyMembership } from "@/lib/schemas/members";
import { ZId } from "@/lib/schemas/clients";
import { env } from "../../env";
import { AppError } from "../../errors";
import { createAgencyForUser } from "../../services/accounts/sign-up";
import { listMyMemberships, pickActiveMembership } from "../../services/organizations/memberships";
import { ACTIVE_ORG_COOKIE } from "../context";
import { createTRPCRouter, protectedProcedure } from "../trpc";

function setActiveOrgCookie(headers: Headers, organizationId: string) {
  headers.append(
    "Set-Cookie",
    `${ACTIVE_ORG_COOKIE}=${encodeURIComponent(organizationId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000` +
      (env().appUrl.startsWith("https:") ? "; Secure" : ""),
  );
}

export const organizationsRouter = createTRPCRouter({
  /** The caller's agencies, the active one, and what their role there allows (for the UI). */
  mine: protectedProcedure
    .output(
      z.object({
        user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
        memberships: z.array(ZMyMembership),
        active: ZMyMembership.nullable(),
        permissions: z.array(z.string()),
      }),
    )
    .query(async ({ ctx }) => {
      const memberships = await listMyMemberships(ctx.user.id);
      const active = pickActiveMembership(memberships, ctx.activeOrgId);
      const permissions = active
        ? (Object.keys(PERMISSIONS) as Action[]).filter((action) => can(active.role, action))
        : [];
      return { user: ctx.user, memberships: [...memberships], active, permissions };
    }),
  create: protectedProcedure
    .input(ZCreateAgencyInput)
    .output(ZNewAgency)
    .mutation(async ({ ctx, input }) => {
      const created = await createAgencyForUser(ctx.user, input.name, ctx.meta);
      setActiveOrgCookie(ctx.resHeaders, created.organizationId);
      return created;
    }),
  switch: protectedProcedure
    .input(z.object({ organizationId: ZId }).strict())
    .output(ZMyMembership)
    .mutation(async ({ ctx, input }) => {
      const memberships = await listMyMemberships(ctx.user.id);
      const target = memberships.find((m) => m.organizationId === input.organizationId);
      if (!target) throw new AppError("NOT_FOUND", "You are not a member of that agency.");
      setActiveOrgCookie(ctx.resHeaders, target.organizationId);
      return target;
    }),
});
