"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/use-toast";
import { ROLE_LABELS, type Role } from "@/lib/permissions";
import { useTRPC } from "@/lib/trpc/react";
import { NewAgencyDialog } from "./new-agency-dialog";
import { useActiveOrg } from "./org-context";

export type OrgOption = { organizationId: string; name: string; role: Role };

export function OrgSwitcher({ orgs }: { orgs: OrgOption[] }) {
  const trpc = useTRPC();
  const active = useActiveOrg();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const switchOrg = useMutation(
    trpc.organizations.switch.mutationOptions({
      // Nothing cached from the previous agency may show under the new one.
      onSuccess: () => {
        queryClient.clear();
        router.replace("/dashboard");
        router.refresh();
      },
      onError: (error) =>
        toast({ title: "Could not switch agency", description: error.message, variant: "destructive" }),
    }),
  );
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" className="h-auto w-full justify-between px-2 py-1.5" aria-label="Switch agency">
            <span className="flex min-w-0 flex-1 flex-col items-start overflow-hidden">
              <span className="max-w-full truncate text-sm font-semibold" data-testid="active-org">
                {active.name}
              </span>
              <span className="text-xs text-muted-foreground">{ROLE_LABELS[active.role]}</span>
            </span>
            <ChevronsUpDown className="size-4 opacity-60" aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-56">
          <DropdownMenuLabel>Your agencies</DropdownMenuLabel>
          <DropdownMenuSeparator />
          {orgs.map((org) => (
            <DropdownMenuItem
              key={org.organizationId}
              disabled={switchOrg.isPending}
              onSelect={() =>
                org.organizationId !== active.organizationId && switchOrg.mutate({ organizationId: org.organizationId })
              }
            >
              <span className="flex-1 truncate">{org.name}</span>
              {org.organizationId === active.organizationId && <Check className="size-4" aria-label="Active" />}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreating(true)}>
            <Plus className="size-4" aria-hidden />
            New agency
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <NewAgencyDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
