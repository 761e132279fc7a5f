import { can, type Action } from "@/lib/permissions";
import { AppError } from "../errors";
import { listMyMemberships, pickActiveMembership, type MyMembership } from "../services/organizations/memberships";

/**
 * The caller's membership in their active agency, if their role allows `action`. Shared by
 * tRPC's orgProcedure and the route handlers, so both refuse the same way.
 */
export async function resolveOrgAccess(
  userId: string,
  activeOrgId: string | null,
  action: Action,
): Promise<MyMembership> {
  const membership = pickActiveMembership(await listMyMemberships(userId), activeOrgId);
  if (!membership) throw new AppError("FORBIDDEN", "You are not a member of any agency. Ask for an invitation.");
  if (!can(membership.role, action)) {
    throw new AppError(
      "FORBIDDEN",
      `Your role (${membership.role}) does not allow ${action}. Ask an admin of ${membership.organization.name}.`,
    );
  }
  return membership;
}
