"use client";

import { useRouter } from "next/navigation";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { UploadAssetForm } from "./upload-asset-form";

type Props = { open: boolean; onOpenChange: (open: boolean) => void };

/**
 * Render only for roles with `asset.upload`. A finished upload opens the new asset; closing
 * the dialog forgets the file and any error (the form unmounts).
 */
export function UploadAssetDialog({ open, onOpenChange }: Props) {
  const router = useRouter();
  return (
    <CreateDialog
      title="Upload asset"
      description="It starts as a draft, version 1. Submit it for review when it is ready."
      open={open}
      onOpenChange={onOpenChange}
    >
      {(cancel) => (
        <UploadAssetForm
          cancel={cancel}
          onUploaded={(asset) => {
            toast({ title: "Asset uploaded", variant: "success" });
            onOpenChange(false);
            router.push(`/assets/${asset.id}`);
          }}
        />
      )}
    </CreateDialog>
  );
}
