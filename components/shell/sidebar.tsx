"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { can } from "@/lib/permissions";
import { cn } from "@/lib/utils";
import { NAV_ITEMS } from "./nav-items";
import { useActiveOrg } from "./org-context";
import { OrgSwitcher, type OrgOption } from "./org-switcher";
import { UserMenu } from "./user-menu";

export function Sidebar({ orgs }: { orgs: OrgOption[] }) {
  const pathname = usePathname();
  const org = useActiveOrg();
  return (
    <aside className="flex w-60 shrink-0 flex-col border-r bg-sidebar text-sidebar-foreground" aria-label="Main">
      <div className="border-b p-3">
        <OrgSwitcher orgs={orgs} />
      </div>
      <nav className="flex-1 space-y-1 p-3">
        {NAV_ITEMS.filter((item) => can(org.role, item.requires)).map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium outline-none hover:bg-sidebar-accent focus-visible:ring-2 focus-visible:ring-ring",
                active && "bg-sidebar-accent text-sidebar-accent-foreground",
              )}
            >
              <item.icon className="size-4" aria-hidden />
              {item.label}
            </Link>
          );
        })}
      </nav>
      <div className="border-t p-3">
        <UserMenu />
      </div>
    </aside>
  );
}
