import { z } from "zod";
import { ZId } from "@/lib/schemas/clients";
import {
  ZBulkTransitionCampaignsInput,
  ZCampaign,
  ZCampaignPage,
  ZCreateCampaignInput,
  ZListCampaignsInput,
  ZTransitionCampaignInput,
  ZUpdateCampaignInput,
} from "@/lib/schemas/campaigns";
import {
  bulkTransitionCampaigns,
  createCampaign,
  getCampaign,
  listCampaigns,
  transitionCampaign,
  updateCampaign,
} from "../../services/campaigns/campaigns";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const campaignsRouter = createTRPCRouter({
  list: orgProcedure("campaign.read")
    .input(ZListCampaignsInput)
    .output(ZCampaignPage)
    .query(({ ctx, input }) => listCampaigns(ctx, input)),
  get: orgProcedure("campaign.read")
    .input(z.object({ id: ZId }).strict())
    .output(ZCampaign)
    .query(({ ctx, input }) => getCampaign(ctx, input.id)),
  create: orgProcedure("campaign.create")
    .input(ZCreateCampaignInput)
    .output(ZCampaign)
    .mutation(({ ctx, input }) => createCampaign(ctx, input)),
  update: orgProcedure("campaign.update")
    .input(ZUpdateCampaignInput)
    .output(ZCampaign)
    .mutation(({ ctx, input }) => updateCampaign(ctx, input)),
  transition: orgProcedure("campaign.status_change")
    .input(ZTransitionCampaignInput)
    .output(ZCampaign)
    .mutation(({ ctx, input }) => transitionCampaign(ctx, input.id, input.to)),
  bulkTransition: orgProcedure("campaign.status_change")
    .input(ZBulkTransitionCampaignsInput)
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => bulkTransitionCampaigns(ctx, input)),
});
