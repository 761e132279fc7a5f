import { z } from "zod";
import { ZId } from "@/lib/schemas/clients";
import {
  ZCreateProviderInput,
  ZProvider,
  ZTestProviderInput,
  ZTestProviderResult,
  ZUpdateProviderInput,
} from "@/lib/schemas/providers";
import {
  createProvider,
  deleteProvider,
  listProviders,
  testProvider,
  updateProvider,
} from "../../services/providers/providers";
import { createTRPCRouter, orgAccessProcedure, orgProcedure } from "../trpc";

export const providersRouter = createTRPCRouter({
  list: orgProcedure("provider.read")
    .output(z.array(ZProvider))
    .query(({ ctx }) => listProviders(ctx)),
  create: orgProcedure("provider.manage")
    .input(ZCreateProviderInput)
    .output(ZProvider)
    .mutation(({ ctx, input }) => createProvider(ctx, input)),
  update: orgProcedure("provider.manage")
    .input(ZUpdateProviderInput)
    .output(ZProvider)
    .mutation(({ ctx, input }) => updateProvider(ctx, input)),
  delete: orgProcedure("provider.manage")
    .input(z.object({ id: ZId }).strict())
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteProvider(ctx, input.id)),
  // No transaction: the provider may take seconds to answer.
  test: orgAccessProcedure("provider.manage")
    .input(ZTestProviderInput)
    .output(ZTestProviderResult)
    .mutation(({ ctx, input }) => testProvider(ctx, input)),
});
