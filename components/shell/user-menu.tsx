"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { ThemeToggle } from "@/components/theme-toggle";
import { Avatar, AvatarFallback, getInitials } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { useActiveOrg } from "./org-context";

export function UserMenu() {
  const { user } = useActiveOrg();
  return (
    <div className="flex items-center gap-2">
      <Avatar className="size-8">
        <AvatarFallback>{getInitials(user.name)}</AvatarFallback>
      </Avatar>
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium">{user.name}</p>
        <p className="truncate text-xs text-muted-foreground" data-testid="current-user-email">
          {user.email}
        </p>
      </div>
      <ThemeToggle />
      <Button
        variant="ghost"
        size="icon"
        aria-label="Sign out"
        onClick={() => void signOut({ callbackUrl: "/sign-in" })}
      >
        <LogOut aria-hidden />
      </Button>
    </div>
  );
}
