"use client";

import { useQuery } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import type { TWorkflowNode } from "@/lib/workflow/graph";
import { NODE_TYPES } from "@/lib/workflow/node-types";

const noSubscription = () => () => {};

/** This site's origin in the browser; empty while rendering on the server. */
function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
}

type Props = {
  workflow: Pick<TWorkflow, "id" | "webhookPath">;
  /** The draft's webhook trigger. */
  trigger: TWorkflowNode;
};

/**
 * The webhook address (its secret included) and, on request, the key to sign requests with.
 * Render only for roles with `workflow.edit`, for a workflow whose trigger is a webhook.
 */
export function WorkflowWebhook({ workflow, trigger }: Props) {
  const trpc = useTRPC();
  const origin = useOrigin();
  const [showKey, setShowKey] = useState(false);
  const signing = useQuery({ ...trpc.workflows.webhookSigning.queryOptions({ id: workflow.id }), enabled: showKey });
  const config = NODE_TYPES["trigger.webhook"].config.safeParse(trigger.config ?? {});
  const signed = config.success && config.data.signature === "hmac_sha256";
  if (!workflow.webhookPath) return null;

  return (
    <section aria-labelledby="workflow-webhook-heading" className="grid gap-4 rounded-xl border p-6">
      <div className="grid gap-1">
        <h2 id="workflow-webhook-heading" className="text-base font-semibold">
          Webhook
        </h2>
        <p className="text-sm text-muted-foreground">
          A POST to this address starts a run of the published version with {"{ body, query, headers }"} as its input.
          Keep it secret: anyone who has it can start runs.
        </p>
      </div>
      <FormField label="Webhook address">
        <Input
          readOnly
          value={`${origin}${workflow.webhookPath}`}
          className="font-mono"
          onFocus={(e) => e.target.select()}
        />
      </FormField>
      <p className="text-sm">
        {signed
          ? `Requests must be signed: send sha256=<hex HMAC-SHA256 of the raw body> in the ${config.data.signatureHeader} header, made with the signing key.`
          : "Requests are not checked for a signature. Set the trigger's signature to HMAC-SHA256 to require one."}
      </p>
      {showKey ? (
        signing.isSuccess ? (
          <FormField
            label="Signing key"
            description={`Header ${signed ? config.data.signatureHeader : signing.data.header}, value ${signing.data.format}.`}
          >
            <Input readOnly value={signing.data.key} className="font-mono" onFocus={(e) => e.target.select()} />
          </FormField>
        ) : signing.isError ? (
          <FormAlert>{signing.error.message}</FormAlert>
        ) : (
          <p role="status" className="text-sm text-muted-foreground">
            Loading the signing key…
          </p>
        )
      ) : (
        <Button variant="outline" className="justify-self-start" onClick={() => setShowKey(true)}>
          <KeyRound aria-hidden />
          Show signing key
        </Button>
      )}
    </section>
  );
}
