"use client";

import { useMutation } from "@tanstack/react-query";
import { PlugZap } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import type { TProvider } from "@/lib/schemas/providers";
import { useTRPC } from "@/lib/trpc/react";
import { ProviderTestResult } from "./provider-test-result";

/** "Test connection" for a saved provider: runs as the dialog opens, and again on request. */
export function TestProviderDialog({ provider }: { provider: Pick<TProvider, "id" | "name"> }) {
  const trpc = useTRPC();
  const test = useMutation(trpc.providers.test.mutationOptions());
  const run = () => test.mutate({ id: provider.id });

  return (
    <TriggerDialog
      onOpenChange={(open) => {
        if (open) run();
      }}
      onClosed={test.reset}
      title={`Test ${provider.name}`}
      description="Lists the provider's models with the saved base URL and key."
      trigger={
        <Button variant="ghost" size="sm">
          <PlugZap aria-hidden />
          Test connection<span className="sr-only"> to {provider.name}</span>
        </Button>
      }
    >
      {test.isPending ? (
        <p role="status" className="text-sm text-muted-foreground">
          Testing…
        </p>
      ) : test.data ? (
        <ProviderTestResult result={test.data} />
      ) : null}
      <DialogActions error={test.error?.message} cancel="Close">
        <Button variant="outline" disabled={test.isPending} onClick={run}>
          Test again
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
