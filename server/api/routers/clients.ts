import {
  ZBulkArchiveClientsInput,
  ZClient,
  ZClientIdInput,
  ZClientPage,
  ZCreateClientInput,
  ZListClientsInput,
  ZUpdateClientInput,
} from "@/lib/schemas/clients";
import { z } from "zod";
import {
  bulkArchiveClients,
  countActiveClients,
  createClient,
  getClient,
  listClients,
  setClientArchived,
  updateClient,
} from "../../services/clients/clients";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const clientsRouter = createTRPCRouter({
  list: orgProcedure("client.read")
    .input(ZListClientsInput)
    .output(ZClientPage)
    .query(({ ctx, input }) => listClients(ctx, input)),
  countActive: orgProcedure("client.read")
    .output(z.number().int().nonnegative())
    .query(({ ctx }) => countActiveClients(ctx)),
  get: orgProcedure("client.read")
    .input(ZClientIdInput)
    .output(ZClient)
    .query(({ ctx, input }) => getClient(ctx, input.id)),
  create: orgProcedure("client.create")
    .input(ZCreateClientInput)
    .output(ZClient)
    .mutation(({ ctx, input }) => createClient(ctx, input)),
  update: orgProcedure("client.update")
    .input(ZUpdateClientInput)
    .output(ZClient)
    .mutation(({ ctx, input }) => updateClient(ctx, input)),
  archive: orgProcedure("client.archive")
    .input(ZClientIdInput)
    .output(ZClient)
    .mutation(({ ctx, input }) => setClientArchived(ctx, input.id, true)),
  bulkArchive: orgProcedure("client.archive")
    .input(ZBulkArchiveClientsInput)
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => bulkArchiveClients(ctx, input)),
  restore: orgProcedure("client.archive")
    .input(ZClientIdInput)
    .output(ZClient)
    .mutation(({ ctx, input }) => setClientArchived(ctx, input.id, false)),
});
