"use client";

import { useMemberOptions } from "@/components/tasks/use-member-options";

/** A member's name by user id; "Former member" for someone no longer in the agency. */
export function MemberName({ userId, fallback = "Nobody" }: { userId: string | null; fallback?: string }) {
  const { members, isPending } = useMemberOptions();
  if (!userId) return <span className="text-muted-foreground">{fallback}</span>;
  if (isPending) return <span className="text-muted-foreground">…</span>;
  return <span>{members.find((member) => member.id === userId)?.name ?? "Former member"}</span>;
}
