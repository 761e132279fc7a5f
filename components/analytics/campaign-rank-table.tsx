import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatKpi } from "@/lib/metrics";
import type { RankedCampaign } from "./rank-campaigns";

type Props = { title: string; campaigns: RankedCampaign[]; locale: string };

/** A few campaigns with their return; amounts are in each campaign's own currency. */
export function CampaignRankTable({ title, campaigns, locale }: Props) {
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {campaigns.length === 0 ? (
          <p className="text-sm text-muted-foreground">Not enough campaigns with spend to rank.</p>
        ) : (
          <Table aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHead>Campaign</TableHead>
                <TableHead>Client</TableHead>
                <TableHead className="text-right">Spend</TableHead>
                <TableHead className="text-right">Revenue</TableHead>
                <TableHead className="text-right">ROAS</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {campaigns.map((campaign) => {
                const format = { locale, currency: campaign.currency };
                return (
                  <TableRow key={campaign.id}>
                    <TableCell className="font-medium">
                      <Link
                        href={`/campaigns/${campaign.id}`}
                        className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                      >
                        {campaign.name}
                      </Link>
                    </TableCell>
                    <TableCell>{campaign.client}</TableCell>
                    <TableCell className="text-right whitespace-nowrap tabular-nums">
                      {formatKpi("spend", campaign.spend, format)}
                    </TableCell>
                    <TableCell className="text-right whitespace-nowrap tabular-nums">
                      {formatKpi("revenue", campaign.revenue, format)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatKpi("roas", campaign.roas, format)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
