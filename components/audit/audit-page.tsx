"use client";

import { ShieldOff } from "lucide-react";
import { useState } from "react";
import { useCan } from "@/components/shell/org-context";
import { EmptyState } from "@/components/ui/empty-state";
import { AuditExportLinks } from "./audit-export-links";
import { EMPTY_AUDIT_FILTERS, hasAnyFilter, toAuditFilterInput, type AuditFilterValues } from "./audit-filter-values";
import { AuditFilters } from "./audit-filters";
import { AuditLog } from "./audit-log";
import { VerifyChain } from "./verify-chain";

export function AuditPage() {
  const canRead = useCan("audit.read");
  const canExport = useCan("audit.export");
  const [applied, setApplied] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  const filters = toAuditFilterInput(applied);

  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
          <p className="text-sm text-muted-foreground">
            Every change in your agency, chained by hash so an edited or deleted event shows up.
          </p>
        </div>
        {canRead && canExport ? <AuditExportLinks filters={filters} /> : null}
      </div>
      {canRead ? (
        <>
          <VerifyChain />
          <AuditFilters applied={applied} onApply={setApplied} />
          <AuditLog filters={filters} filtered={hasAnyFilter(applied)} />
        </>
      ) : (
        <EmptyState
          icon={<ShieldOff />}
          title="Only admins and owners can see the audit log"
          description="Ask an admin of your agency if you need to know who changed what."
        />
      )}
    </div>
  );
}
