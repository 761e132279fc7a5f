"use client";

import { useQuery } from "@tanstack/react-query";
import { Building2, ScrollText, Users } from "lucide-react";
import { useActiveOrg, useCan } from "@/components/shell/org-context";
import { ROLE_LABELS } from "@/lib/permissions";
import { useTRPC } from "@/lib/trpc/react";
import { OverviewCard } from "./overview-card";
import { OverviewStat } from "./overview-stat";

export function Overview() {
  const trpc = useTRPC();
  const org = useActiveOrg();
  const canClients = useCan("client.read");
  const canMembers = useCan("member.read");
  const canAudit = useCan("audit.read");
  const clients = useQuery({ ...trpc.clients.countActive.queryOptions(), enabled: canClients });
  const members = useQuery({ ...trpc.members.list.queryOptions(), enabled: canMembers });

  return (
    <div className="mx-auto grid max-w-6xl gap-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome to {org.name}</h1>
        <p className="text-sm text-muted-foreground">
          Signed in as {org.user.name} · {ROLE_LABELS[org.role]}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {canClients ? (
          <OverviewCard
            href="/clients"
            title="Clients"
            description="The companies your agency works for."
            icon={Building2}
            stat={
              clients.isError ? undefined : (
                <OverviewStat value={clients.data} singular="active client" plural="active clients" />
              )
            }
          />
        ) : null}
        {canMembers ? (
          <OverviewCard
            href="/members"
            title="Members"
            description="Who has access, their roles and pending invitations."
            icon={Users}
            stat={
              members.isError ? undefined : (
                <OverviewStat value={members.data?.length} singular="member" plural="members" />
              )
            }
          />
        ) : null}
        {canAudit ? (
          <OverviewCard
            href="/audit"
            title="Audit log"
            description="Every change, chained by hash. Verify it or export it."
            icon={ScrollText}
          />
        ) : null}
      </div>
    </div>
  );
}
