import Link from "next/link";
import type { ReactNode } from "react";
import { MemberName } from "@/components/members/member-name";
import type { CampaignRecord } from "./campaign-fields";
import { CampaignChannels } from "./campaign-channels";
import { CampaignDates } from "./campaign-dates";
import { formatBudget } from "./format-budget";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr]">
      <dt className="text-sm font-medium text-muted-foreground">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

export function CampaignSummary({ campaign }: { campaign: CampaignRecord }) {
  return (
    <dl className="grid gap-4 rounded-xl border p-6">
      <Row term="Client">
        <Link
          href={`/clients/${campaign.clientId}`}
          className="rounded-sm text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {campaign.client.name}
        </Link>
      </Row>
      <Row term="Channels">
        <CampaignChannels channels={campaign.channels} />
      </Row>
      <Row term="Objective">
        <p className="whitespace-pre-wrap">{campaign.objective}</p>
      </Row>
      <Row term="Budget">
        <span className="tabular-nums">{formatBudget(campaign.budget, campaign.currency)}</span>
      </Row>
      <Row term="Owner">
        <MemberName userId={campaign.ownerId} fallback="No owner" />
      </Row>
      <Row term="Dates">
        <CampaignDates startDate={campaign.startDate} endDate={campaign.endDate} />
      </Row>
    </dl>
  );
}
