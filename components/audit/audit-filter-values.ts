import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type AuditEventRow = inferRouterOutputs<AppRouter>["audit"]["list"]["items"][number];

/** The filter form as typed; dates are the `YYYY-MM-DD` of a date input. */
export type AuditFilterValues = {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
};

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  actor: "",
  action: "",
  targetType: "",
  targetId: "",
  from: "",
  to: "",
};

export type AuditFilterInput = {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
};

/** A date input's day, in the reader's time zone: its first or last millisecond. */
function dayBoundary(day: string, end: boolean): Date | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? "23:59:59.999" : "00:00:00"}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function toAuditFilterInput(values: AuditFilterValues): AuditFilterInput {
  return {
    actor: values.actor.trim() || undefined,
    action: values.action.trim() || undefined,
    targetType: values.targetType.trim() || undefined,
    targetId: values.targetId.trim() || undefined,
    from: dayBoundary(values.from, false),
    to: dayBoundary(values.to, true),
  };
}

/** The same filters as query parameters, for the export route. */
export function toExportHref(format: "csv" | "json", filters: AuditFilterInput): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) {
    if (value instanceof Date) params.set(key, value.toISOString());
    else if (typeof value === "string") params.set(key, value);
  }
  return `/api/audit/export?${params.toString()}`;
}

export const hasAnyFilter = (values: AuditFilterValues) => Object.values(values).some((value) => value.trim() !== "");

/** Actions recorded today, offered as suggestions; the filter matches by prefix, so "client" works too. */
export const KNOWN_ACTIONS = [
  "organization.create",
  "member.add",
  "client.create",
  "client.update",
  "client.archive",
  "client.restore",
  "member.role_change",
  "member.remove",
  "member.leave",
  "invitation.create",
  "invitation.revoke",
  "invitation.accept",
  "audit.verify",
  "audit.export",
] as const;

export const KNOWN_TARGET_TYPES = ["client", "membership", "invitation", "audit_log", "organization"] as const;
