import { ArrowRight, type LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

type Props = { href: string; title: string; description: string; icon: LucideIcon; stat?: ReactNode };

/** A whole-card link to one module of the dashboard. */
export function OverviewCard({ href, title, description, icon: Icon, stat }: Props) {
  return (
    <Link href={href} className="group rounded-xl outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
      <Card className="h-full transition-colors group-hover:border-primary/40 group-hover:bg-accent/40">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Icon aria-hidden className="size-4 text-muted-foreground" />
            {title}
            <ArrowRight aria-hidden className="ml-auto size-4 opacity-0 transition-opacity group-hover:opacity-100" />
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
        {stat !== undefined ? <CardContent className="text-sm">{stat}</CardContent> : null}
      </Card>
    </Link>
  );
}
