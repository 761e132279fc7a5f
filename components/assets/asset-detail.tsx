"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { BackLink } from "@/components/ui/back-link";
import { RecordHeader } from "@/components/ui/record-header";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { formatDate } from "@/lib/format-date";
import { ASSET_KIND_LABELS } from "@/lib/schemas/assets";
import { useTRPC } from "@/lib/trpc/react";
import { AssetArchivedBanner } from "./asset-archived-banner";
import { AssetComments } from "./asset-comments";
import { AssetPreview } from "./asset-preview";
import { AssetReviewActions } from "./asset-review-actions";
import { AssetStatusBadge } from "./asset-status-badge";
import { AssetSummary } from "./asset-summary";
import { AssetVersions } from "./asset-versions";
import { EditAssetDialog } from "./edit-asset-dialog";
import { refreshBeforeExpiry } from "./signed-links";

export function AssetDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const canUpdate = useCan("asset.update");
  const canUpload = useCan("asset.upload");
  const canComment = useCan("asset.comment");
  const canArchive = useCan("asset.archive");
  const query = useQuery({
    ...trpc.assets.get.queryOptions({ id }),
    // The file links are signed and short-lived: fetch fresh ones before they expire.
    refetchInterval: (current) => refreshBeforeExpiry(current.state.data?.urlsExpireAt),
  });

  if (!query.isSuccess) {
    return (
      <RecordQueryState
        query={query}
        what="asset"
        width="max-w-6xl"
        notFound={<RecordNotFound what="asset" backHref="/assets" backLabel="Back to assets" />}
      />
    );
  }

  const asset = query.data;
  const current = asset.versions[0];
  const active = !asset.archivedAt;
  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <BackLink href="/assets">All assets</BackLink>
      <RecordHeader
        title={asset.name}
        meta={
          <>
            <span data-testid="asset-status">
              <AssetStatusBadge status={asset.status} />
            </span>
            <span>
              {ASSET_KIND_LABELS[asset.kind]} · version {asset.currentVersion} · {asset.client.name} · updated{" "}
              <time dateTime={asset.updatedAt.toISOString()}>{formatDate(asset.updatedAt)}</time>
            </span>
          </>
        }
        actions={canUpdate && active ? <EditAssetDialog asset={asset} /> : null}
      />
      {asset.archivedAt ? <AssetArchivedBanner archivedAt={asset.archivedAt} canRestore={canArchive} /> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="grid content-start gap-6">
          {current ? <AssetPreview asset={asset} version={current} /> : null}
          <AssetComments assetId={asset.id} comments={asset.comments} canComment={canComment && active} />
        </div>
        <div className="grid content-start gap-6">
          {active ? <AssetReviewActions asset={asset} /> : null}
          <AssetSummary asset={asset} />
          <AssetVersions
            assetId={asset.id}
            kind={asset.kind}
            versions={asset.versions}
            canUpload={canUpload && active}
          />
        </div>
      </div>
    </div>
  );
}
