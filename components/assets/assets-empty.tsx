import { Images, Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NoMatches } from "@/components/ui/no-matches";

type Props = { filtered: boolean; canUpload: boolean; onClearFilters: () => void; onUpload: () => void };

export function AssetsEmpty({ filtered, canUpload, onClearFilters, onUpload }: Props) {
  if (filtered)
    return (
      <NoMatches
        what="assets"
        hint="Try another search, or clear the filters to see every asset that is not archived."
        onClearFilters={onClearFilters}
      />
    );
  return (
    <EmptyState
      icon={<Images />}
      title="No assets yet"
      description={
        canUpload
          ? "Upload the images, videos and PDFs you make for your clients, then send them for review and approval."
          : "Your agency has not uploaded any assets yet. Ask a member to upload one."
      }
      action={
        canUpload ? (
          <Button onClick={onUpload}>
            <Upload aria-hidden />
            Upload an asset
          </Button>
        ) : undefined
      }
    />
  );
}
