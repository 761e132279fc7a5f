"use client";

import { useState, type FormEvent } from "react";
import { useCampaignOptions } from "@/components/analytics/use-campaign-options";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { formErrorMessage, serverFieldErrors, type ErrorWithFieldErrors } from "@/lib/field-errors";
import type { TAssetDetail, TUpdateAssetInput } from "@/lib/schemas/assets";

const FIELDS = ["name", "description", "campaignId"] as const;

type Props = {
  asset: Pick<TAssetDetail, "name" | "description" | "clientId" | "campaignId" | "campaign">;
  pending: boolean;
  error: ErrorWithFieldErrors | null;
  onSubmit: (patch: TUpdateAssetInput["patch"]) => void;
};

export function EditAssetForm({ asset, pending, error, onSubmit }: Props) {
  const [name, setName] = useState(asset.name);
  const [description, setDescription] = useState(asset.description ?? "");
  const [campaignId, setCampaignId] = useState(asset.campaignId ?? "");
  const [nameMissing, setNameMissing] = useState(false);
  const { campaigns, isPending: campaignsPending } = useCampaignOptions(asset.clientId);
  const errors = serverFieldErrors(error, "patch");
  // An archived campaign is not offered, but the asset may still name it.
  const currentMissing = Boolean(
    asset.campaignId && !campaignsPending && !campaigns.some((c) => c.id === asset.campaignId),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNameMissing(!name.trim());
    if (!name.trim()) return;
    onSubmit({ name: name.trim(), description: description.trim() || null, campaignId: campaignId || null });
  }

  return (
    <form noValidate className="grid gap-4" onSubmit={submit}>
      <FormField label="Name" required error={nameMissing ? "Name is required." : errors.name}>
        <Input value={name} required maxLength={200} onChange={(event) => setName(event.target.value)} />
      </FormField>
      <FormField label="Description" error={errors.description} description="Optional: what it is for, where it runs.">
        <Textarea
          value={description}
          rows={4}
          maxLength={5_000}
          onChange={(event) => setDescription(event.target.value)}
        />
      </FormField>
      <FormField label="Campaign" error={errors.campaignId}>
        <NativeSelect value={campaignId} onChange={(event) => setCampaignId(event.target.value)}>
          <option value="">{campaignsPending ? "Loading campaigns…" : "No campaign"}</option>
          {currentMissing && asset.campaignId ? (
            <option value={asset.campaignId}>{asset.campaign?.name ?? "Current campaign"}</option>
          ) : null}
          <RecordOptions records={campaigns} />
        </NativeSelect>
      </FormField>
      <DialogActions error={formErrorMessage(error, FIELDS, "patch")}>
        <Button type="submit" disabled={pending}>
          Save changes
        </Button>
      </DialogActions>
    </form>
  );
}
