"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ShieldAlert, ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? "event" : "events"}`;

/** Re-hashes the agency's whole audit chain on the server and says whether it holds. */
export function VerifyChain() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const verify = useMutation(
    trpc.audit.verify.mutationOptions({
      // The check is itself recorded, so the list gains an event.
      onSettled: () => void queryClient.invalidateQueries(trpc.audit.list.pathFilter()),
    }),
  );
  const report = verify.data;

  return (
    <div className="grid gap-3">
      <Button variant="outline" className="w-fit" disabled={verify.isPending} onClick={() => verify.mutate()}>
        <ShieldCheck aria-hidden />
        Verify chain
      </Button>
      <div
        role="status"
        className={cn(
          "rounded-lg border p-3 text-sm empty:hidden",
          report?.ok && "border-success/40 bg-success/10",
          (report?.ok === false || verify.isError) && "border-destructive/40 bg-destructive/10 text-destructive",
        )}
      >
        {verify.isPending ? (
          "Verifying the audit chain…"
        ) : verify.isError ? (
          `The chain could not be verified: ${verify.error.message}`
        ) : report?.ok ? (
          <span className="flex items-center gap-2">
            <ShieldCheck aria-hidden className="size-4 shrink-0 text-success" />
            Chain intact: {count(report.checked)} checked, none altered or missing.
          </span>
        ) : report ? (
          <span className="flex items-center gap-2">
            <ShieldAlert aria-hidden className="size-4 shrink-0" />
            Chain broken at event #{report.brokenAt.seq}: {report.brokenAt.reason}. {count(report.checked)} before it
            verified.
          </span>
        ) : null}
      </div>
    </div>
  );
}
