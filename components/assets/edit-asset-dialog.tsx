"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TAssetDetail } from "@/lib/schemas/assets";
import { useTRPC } from "@/lib/trpc/react";
import { EditAssetForm } from "./edit-asset-form";

type Props = { asset: Pick<TAssetDetail, "id" | "name" | "description" | "clientId" | "campaignId" | "campaign"> };

/** Name, description and campaign. Render only for roles with `asset.update`, on assets that are not archived. */
export function EditAssetDialog({ asset }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const update = useMutation(
    trpc.assets.update.mutationOptions({
      onSuccess: async (updated) => {
        await queryClient.invalidateQueries(trpc.assets.pathFilter());
        toast({ title: "Changes saved", description: `${updated.name} was updated.`, variant: "success" });
        setOpen(false);
      },
    }),
  );
  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={update.reset}
      title="Edit details"
      description="Changing the details keeps the approval status; only a new version resets it."
      trigger={
        <Button variant="outline">
          <Pencil aria-hidden />
          Edit details
        </Button>
      }
    >
      <EditAssetForm
        asset={asset}
        pending={update.isPending}
        error={update.error}
        onSubmit={(patch) => update.mutate({ id: asset.id, patch })}
      />
    </TriggerDialog>
  );
}
