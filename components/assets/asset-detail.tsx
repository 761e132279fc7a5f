"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/lib/format-date";
import { ASSET_KIND_LABELS } from "@/lib/schemas/assets";
import { useTRPC } from "@/lib/trpc/react";
import { AssetArchivedBanner } from "./asset-archived-banner";
import { AssetComments } from "./asset-comments";
import { AssetNotFound } from "./asset-not-found";
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

  if (query.isPending) {
    return (
      <div className="mx-auto grid max-w-6xl gap-4" role="status" aria-label="Loading asset">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-96 w-full" />
      </div>
    );
  }
  if (query.isError) {
    // Another agency's asset answers NOT_FOUND, exactly like a missing one; a malformed id is no different.
    const code = query.error.data?.code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <AssetNotFound />;
    return (
      <EmptyState
        title="This asset could not be loaded"
        description={query.error.message}
        action={<Button onClick={() => void query.refetch()}>Try again</Button>}
      />
    );
  }

  const asset = query.data;
  const current = asset.versions[0];
  const active = !asset.archivedAt;
  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <Link
        href="/assets"
        className="flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All assets
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{asset.name}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <span data-testid="asset-status">
              <AssetStatusBadge status={asset.status} />
            </span>
            <span>
              {ASSET_KIND_LABELS[asset.kind]} · version {asset.currentVersion} · {asset.client.name} · updated{" "}
              <time dateTime={asset.updatedAt.toISOString()}>{formatDate(asset.updatedAt)}</time>
            </span>
          </p>
        </div>
        {canUpdate && active ? <EditAssetDialog asset={asset} /> : null}
      </div>
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
