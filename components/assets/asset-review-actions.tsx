"use client";

import { useMutation } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import type { AssetStatus, TAssetDetail } from "@/lib/schemas/assets";
import { useTRPC } from "@/lib/trpc/react";
import { RequestChangesDialog } from "./request-changes-dialog";
import { useAssetMoveCallbacks } from "./use-asset-move";

const STATUS_HINTS: Record<AssetStatus, string> = {
  draft: "Not sent for review yet. Submit it when this version is ready.",
  in_review: "Waiting for a manager to approve it or to ask for changes.",
  changes_requested: "Changes were asked for. Upload a new version, or submit this one again once they are answered.",
  approved: "This version is approved. Uploading a new version starts approval over.",
};

type Props = { asset: Pick<TAssetDetail, "id" | "status" | "allowedMoves" | "currentVersion"> };

/** The approval moves this asset allows and this role may make. Render only for assets that are not archived. */
export function AssetReviewActions({ asset }: Props) {
  const trpc = useTRPC();
  const canSubmit = useCan("asset.update");
  const canReview = useCan("asset.review");
  const callbacks = useAssetMoveCallbacks(asset.id);
  const submit = useMutation(trpc.assets.submit.mutationOptions(callbacks));
  const approve = useMutation(trpc.assets.decide.mutationOptions(callbacks));
  const pending = submit.isPending || approve.isPending;
  const can = (status: AssetStatus) => asset.allowedMoves.includes(status);

  return (
    <section aria-labelledby="asset-approval-heading" className="grid gap-3 rounded-xl border p-6">
      <h2 id="asset-approval-heading" className="text-base font-semibold">
        Approval
      </h2>
      <p className="text-sm text-muted-foreground">{STATUS_HINTS[asset.status]}</p>
      <div className="flex flex-wrap gap-2">
        {canSubmit && can("in_review") ? (
          <Button disabled={pending} onClick={() => submit.mutate({ id: asset.id, version: asset.currentVersion })}>
            Submit for review
          </Button>
        ) : null}
        {canReview && can("approved") ? (
          <Button
            disabled={pending}
            onClick={() => approve.mutate({ id: asset.id, version: asset.currentVersion, decision: "approved" })}
          >
            Approve
          </Button>
        ) : null}
        {canReview && can("changes_requested") ? (
          <RequestChangesDialog assetId={asset.id} version={asset.currentVersion} />
        ) : null}
      </div>
    </section>
  );
}
