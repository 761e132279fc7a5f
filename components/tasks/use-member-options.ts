"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/** The agency's members as assignees; a task is assigned to the member's user id. */
export function useMemberOptions() {
  const trpc = useTRPC();
  const query = useQuery(trpc.members.list.queryOptions());
  const members = (query.data ?? [])
    .map((member) => ({ id: member.user.id, name: member.user.name || member.user.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { members, isPending: query.isPending, error: query.error };
}
