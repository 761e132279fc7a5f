import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { OrgProvider } from "@/components/shell/org-context";
import { Sidebar } from "@/components/shell/sidebar";
import { EmptyState } from "@/components/ui/empty-state";
import { ACTIVE_ORG_COOKIE } from "@/server/api/context";
import { currentUser } from "@/server/auth/session";
import { listMyMemberships, pickActiveMembership } from "@/server/services/organizations/memberships";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const memberships = await listMyMemberships(user.id);
  const active = pickActiveMembership(memberships, (await cookies()).get(ACTIVE_ORG_COOKIE)?.value ?? null);
  if (!active) {
    return (
      <main className="mx-auto max-w-lg p-10">
        <EmptyState
          title="You are not in an agency yet"
          description="Ask an agency admin to invite you, then open the link from the email."
        />
      </main>
    );
  }
  const orgs = memberships.map((m) => ({ organizationId: m.organizationId, name: m.organization.name, role: m.role }));
  return (
    <OrgProvider
      value={{
        organizationId: active.organizationId,
        name: active.organization.name,
        slug: active.organization.slug,
        role: active.role,
        user,
      }}
    >
      <div className="flex min-h-screen">
        <Sidebar orgs={orgs} />
        <main className="min-w-0 flex-1 p-6 lg:p-8">{children}</main>
      </div>
    </OrgProvider>
  );
}
