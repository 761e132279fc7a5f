"use client";

import { useCan } from "@/components/shell/org-context";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PROVIDER_KIND_LABELS, type TProvider } from "@/lib/schemas/providers";
import { DeleteProviderDialog } from "./delete-provider-dialog";
import { EditProviderDialog } from "./edit-provider-dialog";
import { TestProviderDialog } from "./test-provider-dialog";

/** "OpenAI-compatible" without the list of examples the form shows. */
const shortKindLabel = (kind: TProvider["kind"]) => PROVIDER_KIND_LABELS[kind].split(" (")[0];

export function ProvidersTable({ providers }: { providers: TProvider[] }) {
  const canManage = useCan("provider.manage");
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Kind and base URL</TableHead>
          <TableHead>API key</TableHead>
          <TableHead>Default model</TableHead>
          <TableHead className="text-right">Enabled models</TableHead>
          <TableHead className="text-right">Agents</TableHead>
          {canManage ? <TableHead className="text-right">Actions</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {providers.map((provider) => (
          <TableRow key={provider.id}>
            <TableCell className="font-medium">{provider.name}</TableCell>
            <TableCell>
              <div className="grid">
                <span>{shortKindLabel(provider.kind)}</span>
                <span className="max-w-64 text-xs break-all text-muted-foreground">
                  {provider.baseUrl ?? "default"}
                </span>
              </div>
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {provider.apiKeyHint ? (
                <code>{provider.apiKeyHint}</code>
              ) : (
                <span className="text-muted-foreground">No key</span>
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <code>{provider.defaultModel}</code>
            </TableCell>
            <TableCell className="text-right tabular-nums">{provider.models.length}</TableCell>
            <TableCell className="text-right tabular-nums">{provider.agentCount}</TableCell>
            {canManage ? (
              <TableCell>
                <div className="flex justify-end">
                  <EditProviderDialog provider={provider} />
                  <TestProviderDialog provider={provider} />
                  <DeleteProviderDialog provider={provider} />
                </div>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
