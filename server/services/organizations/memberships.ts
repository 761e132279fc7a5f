import type { Role } from "@/lib/permissions";
import { withDb } from "../../db/client";
import { cachedConfig } from "../../db/config-cache";

export type MyMembership = {
  organizationId: string;
  role: Role;
  organization: { name: string; slug: string };
};

/**
 * Every agency the person belongs to, oldest first (the default active one comes first). Read on
 * every request, so kept in the configuration cache: any write to memberships or agencies drops it.
 */
export function listMyMemberships(userId: string): Promise<readonly MyMembership[]> {
  return cachedConfig(`memberships:${userId}`, () =>
    withDb({ userId }, (db) =>
      db.membership.findMany({
        orderBy: { createdAt: "asc" },
        select: { organizationId: true, role: true, organization: { select: { name: true, slug: true } } },
      }),
    ),
  );
}

/** The membership for the agency the browser chose, else the first one; null if none. */
export function pickActiveMembership(
  memberships: readonly MyMembership[],
  preferredOrgId: string | null,
): MyMembership | null {
  return memberships.find((m) => m.organizationId === preferredOrgId) ?? memberships[0] ?? null;
}
