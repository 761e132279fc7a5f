import { computeKpis } from "@/lib/metrics";
import type { TAnalytics } from "@/lib/schemas/analytics";

export type RankedCampaign = TAnalytics["campaigns"][number] & { roas: number | null };

/**
 * The best and worst campaigns by ROAS. Only campaigns that spent are ranked (ROAS is undefined
 * otherwise); a campaign never appears in both lists, so with fewer than 2 × size campaigns they
 * split them, the top getting the odd one.
 * Ties go to the larger revenue, then the name, so the order is stable between refreshes.
 */
export function rankCampaigns(
  campaigns: TAnalytics["campaigns"],
  size = 3,
): { top: RankedCampaign[]; bottom: RankedCampaign[] } {
  const ranked = campaigns
    .filter((campaign) => campaign.spend > 0)
    .map((campaign) => ({ ...campaign, roas: computeKpis(campaign).roas ?? 0 }))
    .sort((a, b) => b.roas - a.roas || b.revenue - a.revenue || a.name.localeCompare(b.name));
  const top = ranked.slice(0, Math.min(size, Math.ceil(ranked.length / 2)));
  const bottom = ranked.slice(top.length).slice(-size).reverse();
  return { top, bottom };
}
