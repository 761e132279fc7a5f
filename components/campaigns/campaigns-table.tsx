import Link from "next/link";
import { SelectAllHead, SelectRowCell, type BulkSelection } from "@/components/ui/bulk-selection";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CampaignRecord } from "./campaign-fields";
import { CampaignChannels } from "./campaign-channels";
import { CampaignDates } from "./campaign-dates";
import { CampaignStatusBadge } from "./campaign-status-badge";
import { formatBudget } from "./format-budget";

type Props = {
  campaigns: CampaignRecord[];
  /** Without it the rows cannot be selected (the role may not change a campaign's status). */
  selection?: BulkSelection;
};

export function CampaignsTable({ campaigns, selection }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {selection ? <SelectAllHead selection={selection} /> : null}
          <TableHead>Name</TableHead>
          <TableHead>Client</TableHead>
          <TableHead>Channels</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Budget</TableHead>
          <TableHead>Dates</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {campaigns.map((campaign) => (
          <TableRow key={campaign.id} data-state={selection?.isSelected(campaign.id) ? "selected" : undefined}>
            {selection ? <SelectRowCell selection={selection} id={campaign.id} name={campaign.name} /> : null}
            <TableCell className="font-medium">
              <Link
                href={`/campaigns/${campaign.id}`}
                className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {campaign.name}
              </Link>
            </TableCell>
            <TableCell>{campaign.client.name}</TableCell>
            <TableCell>
              <CampaignChannels channels={campaign.channels} />
            </TableCell>
            <TableCell>
              <CampaignStatusBadge status={campaign.status} />
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              {formatBudget(campaign.budget, campaign.currency)}
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              <CampaignDates startDate={campaign.startDate} endDate={campaign.endDate} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
