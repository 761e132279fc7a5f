import Link from "next/link";
import { ASSET_KIND_LABELS, type TAssetSummary } from "@/lib/schemas/assets";
import { cn } from "@/lib/utils";
import { AssetKindTile } from "./asset-kind-tile";
import { AssetStatusBadge } from "./asset-status-badge";

type Props = {
  asset: TAssetSummary;
  /** Without it the card cannot be selected (the role may not archive). */
  selection?: { selected: boolean; onChange: (selected: boolean) => void };
};

export function AssetCard({ asset, selection }: Props) {
  return (
    <article
      aria-labelledby={`asset-${asset.id}-name`}
      data-state={selection?.selected ? "selected" : undefined}
      className={cn(
        "relative flex flex-col overflow-hidden rounded-xl border bg-card text-card-foreground shadow-xs",
        selection?.selected && "ring-2 ring-primary",
      )}
    >
      <div className="aspect-video overflow-hidden border-b bg-muted">
        {asset.thumbnailUrl ? (
          // A signed, per-person link: next/image's optimizer would fetch it without the session.
          // eslint-disable-next-line @next/next/no-img-element -- signed per-person links: next/image would fetch them server-side without the session and cache them past their expiry
          <img src={asset.thumbnailUrl} alt={asset.name} loading="lazy" className="size-full object-cover" />
        ) : (
          <AssetKindTile kind={asset.kind} className="size-full" />
        )}
      </div>
      {selection ? (
        <input
          type="checkbox"
          aria-label={`Select ${asset.name}`}
          className="absolute top-2 left-2 size-5 cursor-pointer accent-primary"
          checked={selection.selected}
          onChange={(event) => selection.onChange(event.target.checked)}
        />
      ) : null}
      <div className="grid gap-2 p-4">
        <h2 id={`asset-${asset.id}-name`} className="truncate font-medium">
          <Link
            href={`/assets/${asset.id}`}
            className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {asset.name}
          </Link>
        </h2>
        <p className="truncate text-sm text-muted-foreground">{asset.client.name}</p>
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
          <span>
            {ASSET_KIND_LABELS[asset.kind]} · v{asset.currentVersion}
          </span>
          <AssetStatusBadge status={asset.status} />
        </div>
      </div>
    </article>
  );
}
