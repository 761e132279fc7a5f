"use client";

import { createContext, useContext, type ReactNode } from "react";
import { can, type Action, type Role } from "@/lib/permissions";

export type ActiveOrg = {
  organizationId: string;
  name: string;
  slug: string;
  role: Role;
  user: { id: string; name: string; email: string };
};

const OrgContext = createContext<ActiveOrg | null>(null);

export function OrgProvider({ value, children }: { value: ActiveOrg; children: ReactNode }) {
  return <OrgContext.Provider value={value}>{children}</OrgContext.Provider>;
}

export function useActiveOrg(): ActiveOrg {
  const org = useContext(OrgContext);
  if (!org) throw new Error("useActiveOrg must be used inside the dashboard layout");
  return org;
}

/** Whether the current role may do `action`; the UI hides what it may not. The server checks again. */
export function useCan(action: Action): boolean {
  return can(useActiveOrg().role, action);
}
