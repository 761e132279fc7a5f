import { Download } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { toExportHref, type AuditFilterInput } from "./audit-filter-values";

/** Plain downloads from the export route, with the filters on screen. */
export function AuditExportLinks({ filters }: { filters: AuditFilterInput }) {
  return (
    <div className="flex flex-wrap gap-2">
      <a href={toExportHref("csv", filters)} download className={buttonVariants({ variant: "outline", size: "sm" })}>
        <Download aria-hidden />
        Export CSV
      </a>
      <a href={toExportHref("json", filters)} download className={buttonVariants({ variant: "outline", size: "sm" })}>
        <Download aria-hidden />
        Export JSON
      </a>
    </div>
  );
}
