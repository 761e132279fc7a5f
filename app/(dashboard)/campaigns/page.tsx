import type { Metadata } from "next";
import { CampaignsPage } from "@/components/campaigns/campaigns-page";

export const metadata: Metadata = { title: "Campaigns" };

export default function CampaignsRoute() {
  return <CampaignsPage />;
}
