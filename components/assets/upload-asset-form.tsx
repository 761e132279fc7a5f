"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useCampaignOptions } from "@/components/analytics/use-campaign-options";
import { ClientSelect } from "@/components/clients/client-select";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import { ASSET_ACCEPT, ASSET_TYPES_SENTENCE } from "@/lib/schemas/assets";
import { UploadError } from "./upload-error";
import { useAssetFileUpload } from "./use-asset-file-upload";

type Errors = { clientId?: string; file?: string };

type Props = { onUploaded: (asset: { id: string }) => void; cancel: ReactNode };

/** Client, optional campaign and name, and the file; the server decides the type by content. */
export function UploadAssetForm({ onUploaded, cancel }: Props) {
  const [clientId, setClientId] = useState("");
  const [campaignId, setCampaignId] = useState("");
  const [name, setName] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const { campaigns, isPending: campaignsPending } = useCampaignOptions(clientId);
  const upload = useAssetFileUpload(onUploaded);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {
      clientId: clientId ? undefined : "Choose a client.",
      file: file ? undefined : "Choose a file to upload.",
    };
    setErrors(next);
    if (!file || !clientId) return;
    upload.mutate({
      path: "/api/assets",
      params: { clientId, campaignId: campaignId || undefined, name: name.trim() || undefined },
      file,
    });
  }

  return (
    <form noValidate className="grid gap-4" aria-busy={upload.isPending} onSubmit={submit}>
      <ClientSelect
        value={clientId}
        owned="assets"
        error={errors.clientId}
        onChange={(next) => {
          setClientId(next);
          setCampaignId("");
        }}
      />
      <FormField
        label="Campaign"
        description={clientId ? "Optional." : "Choose a client first to pick one of its campaigns (optional)."}
      >
        <NativeSelect value={campaignId} disabled={!clientId} onChange={(event) => setCampaignId(event.target.value)}>
          <option value="">{clientId && campaignsPending ? "Loading campaigns…" : "No campaign"}</option>
          {clientId ? <RecordOptions records={campaigns} /> : null}
        </NativeSelect>
      </FormField>
      <FormField label="Name" description="Optional: leave it blank to use the file's name.">
        <Input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
      </FormField>
      <FormField label="File" required error={errors.file} description={`${ASSET_TYPES_SENTENCE}.`}>
        <Input
          type="file"
          accept={ASSET_ACCEPT}
          required
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setErrors((current) => ({ ...current, file: undefined }));
            upload.reset();
          }}
        />
      </FormField>
      <UploadError message={upload.error?.message} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {cancel}
        <Button type="submit" disabled={upload.isPending}>
          {upload.isPending ? "Uploading…" : "Upload"}
        </Button>
      </div>
    </form>
  );
}
