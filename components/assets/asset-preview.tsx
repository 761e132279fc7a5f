import { Download, ExternalLink } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { TAssetDetail, TAssetVersion } from "@/lib/schemas/assets";
import { AssetPdf } from "./asset-pdf";
import { AssetVideo } from "./asset-video";

type Props = { asset: Pick<TAssetDetail, "name" | "kind">; version: TAssetVersion };

function CurrentFile({ asset, version }: Props) {
  if (asset.kind === "image") {
    return (
      // A signed, per-person link: next/image's optimizer would fetch it without the session.
      // eslint-disable-next-line @next/next/no-img-element -- signed per-person links: next/image would fetch them server-side without the session and cache them past their expiry
      <img
        src={version.url}
        alt={asset.name}
        width={version.width ?? undefined}
        height={version.height ?? undefined}
        className="mx-auto h-auto max-h-[70vh] w-auto max-w-full rounded-md bg-muted object-contain"
      />
    );
  }
  // Keyed by version: a new version starts a fresh player or viewer.
  if (asset.kind === "video") return <AssetVideo key={version.id} url={version.url} label={asset.name} />;
  return <AssetPdf key={version.id} url={version.url} />;
}

/** The current version, shown the way its kind needs, with a download link. */
export function AssetPreview({ asset, version }: Props) {
  return (
    <section aria-labelledby="asset-preview-heading" className="grid gap-3 rounded-xl border p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="asset-preview-heading" className="text-base font-semibold">
          Preview of version {version.version}
        </h2>
        <div className="flex flex-wrap gap-2">
          {asset.kind === "pdf" ? (
            <Button asChild variant="outline" size="sm">
              <a href={version.url} target="_blank" rel="noopener noreferrer">
                <ExternalLink aria-hidden />
                Open PDF
              </a>
            </Button>
          ) : null}
          <Button asChild variant="outline" size="sm">
            <a href={version.downloadUrl} download>
              <Download aria-hidden />
              Download
            </a>
          </Button>
        </div>
      </div>
      <CurrentFile asset={asset} version={version} />
    </section>
  );
}
