import Link from "next/link";
import type { ReactNode } from "react";
import { formatBytes } from "@/components/campaigns/csv-header";
import { formatDate } from "@/lib/format-date";
import { ASSET_KIND_LABELS, type TAssetDetail } from "@/lib/schemas/assets";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-sm font-medium text-muted-foreground">{term}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

type Props = {
  asset: Pick<
    TAssetDetail,
    "clientId" | "client" | "campaignId" | "campaign" | "description" | "kind" | "mimeType" | "sizeBytes" | "createdAt"
  >;
};

export function AssetSummary({ asset }: Props) {
  return (
    <section aria-labelledby="asset-details-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="asset-details-heading" className="text-base font-semibold">
        Details
      </h2>
      <dl className="grid gap-4">
        <Row term="Client">
          <Link
            href={`/clients/${asset.clientId}`}
            className="rounded-sm text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {asset.client.name}
          </Link>
        </Row>
        <Row term="Campaign">
          {asset.campaignId && asset.campaign ? (
            <Link
              href={`/campaigns/${asset.campaignId}`}
              className="rounded-sm text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              {asset.campaign.name}
            </Link>
          ) : (
            <span className="text-muted-foreground">None</span>
          )}
        </Row>
        <Row term="Description">
          {asset.description ? (
            <p className="whitespace-pre-wrap">{asset.description}</p>
          ) : (
            <span className="text-muted-foreground">None</span>
          )}
        </Row>
        <Row term="Current file">
          {ASSET_KIND_LABELS[asset.kind]} ({asset.mimeType}), {formatBytes(asset.sizeBytes)}
        </Row>
        <Row term="Added">
          <time dateTime={asset.createdAt.toISOString()}>{formatDate(asset.createdAt)}</time>
        </Row>
      </dl>
    </section>
  );
}
