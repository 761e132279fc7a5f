import { formatBytes } from "@/components/campaigns/csv-header";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format-date";
import type { AssetKind, TAssetVersion } from "@/lib/schemas/assets";
import { UploadVersionForm } from "./upload-version-form";

const linkClassName =
  "rounded-sm text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

type Props = {
  assetId: string;
  kind: AssetKind;
  /** Newest first; the first is the current one. */
  versions: TAssetVersion[];
  canUpload: boolean;
};

export function AssetVersions({ assetId, kind, versions, canUpload }: Props) {
  return (
    <section aria-labelledby="asset-versions-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="asset-versions-heading" className="text-base font-semibold">
        Versions
      </h2>
      <ol className="grid gap-4">
        {versions.map((version, index) => (
          <li key={version.id} aria-current={index === 0 ? "true" : undefined} className="grid gap-1 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-medium">Version {version.version}</h3>
              {index === 0 ? <Badge variant="outline">Current</Badge> : null}
            </div>
            <p className="break-all text-muted-foreground">
              {version.originalFilename} · {formatBytes(version.sizeBytes)}
              {version.width && version.height ? ` · ${version.width}×${version.height}` : ""}
            </p>
            <p className="text-muted-foreground">
              By {version.uploadedByName},{" "}
              <time dateTime={version.createdAt.toISOString()}>{formatDateTime(version.createdAt)}</time>
            </p>
            <p className="flex gap-3">
              <a href={version.url} target="_blank" rel="noopener noreferrer" className={linkClassName}>
                Open<span className="sr-only"> version {version.version}</span>
              </a>
              <a href={version.downloadUrl} download className={linkClassName}>
                Download<span className="sr-only"> version {version.version}</span>
              </a>
            </p>
          </li>
        ))}
      </ol>
      {canUpload ? <UploadVersionForm assetId={assetId} kind={kind} /> : null}
    </section>
  );
}
