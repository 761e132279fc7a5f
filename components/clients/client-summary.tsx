import type { ReactNode } from "react";
import type { ClientRecord } from "./client-fields";
import { ClientStatusBadge } from "./client-status-badge";
import { ClientTags } from "./client-tags";

export const none = <span className="text-muted-foreground">—</span>;

/** One labelled value of a read-only client view. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr]">
      <dt className="text-sm font-medium text-muted-foreground">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

/** Read-only view for roles that may not edit clients. */
export function ClientSummary({ client }: { client: ClientRecord }) {
  return (
    <dl className="grid gap-4 rounded-xl border p-6">
      <Row term="Website">
        {client.website ? (
          <a
            href={client.website}
            target="_blank"
            rel="noreferrer noopener"
            className="rounded-sm text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {client.website}
          </a>
        ) : (
          none
        )}
      </Row>
      <Row term="Industry">{client.industry ?? none}</Row>
      <Row term="Status">
        <ClientStatusBadge status={client.status} />
      </Row>
      <Row term="Tags">
        <ClientTags tags={client.tags} />
      </Row>
      <Row term="Notes">{client.notes ? <p className="whitespace-pre-wrap">{client.notes}</p> : none}</Row>
    </dl>
  );
}
