"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/use-toast";
import { ASSET_TYPES, type AssetKind } from "@/lib/schemas/assets";
import { UploadError } from "./upload-error";
import { useAssetFileUpload } from "./use-asset-file-upload";

const KIND_NOUNS: Record<AssetKind, string> = { image: "an image", video: "a video", pdf: "a PDF" };

/** The file types a new version of a `kind` asset may have: a video stays a video. */
function acceptFor(kind: AssetKind): string {
  return Object.entries(ASSET_TYPES)
    .filter(([, type]) => type.kind === kind)
    .map(([mime]) => mime)
    .join(",");
}

function typesFor(kind: AssetKind): string {
  const labels = Object.values(ASSET_TYPES)
    .filter((type) => type.kind === kind)
    .map((type) => type.label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}` : (labels[0] ?? "");
}

type Props = { assetId: string; kind: AssetKind };

/** Render only for roles with `asset.upload`, on assets that are not archived. */
export function UploadVersionForm({ assetId, kind }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  // The input is uncontrolled; a new key empties it after an upload.
  const [inputKey, setInputKey] = useState(0);
  const upload = useAssetFileUpload(() => {
    toast({ title: "New version uploaded", description: "The asset is a draft again.", variant: "success" });
    setFile(null);
    setInputKey((key) => key + 1);
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!file);
    if (file) upload.mutate({ path: `/api/assets/${encodeURIComponent(assetId)}/versions`, file });
  }

  return (
    <form noValidate className="grid gap-3 border-t pt-4" aria-busy={upload.isPending} onSubmit={submit}>
      <FormField
        label="New version file"
        error={missing ? "Choose a file to upload." : undefined}
        description={`It must be ${KIND_NOUNS[kind]} too (${typesFor(kind)}). Approval starts over: the asset goes back to Draft and needs a new review.`}
      >
        <Input
          key={inputKey}
          type="file"
          accept={acceptFor(kind)}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setMissing(false);
            upload.reset();
          }}
        />
      </FormField>
      <UploadError message={upload.error?.message} />
      <Button type="submit" variant="outline" className="justify-self-start" disabled={upload.isPending}>
        {upload.isPending ? "Uploading…" : "Upload new version"}
      </Button>
    </form>
  );
}
