import { z } from "zod";
import {
  ZCreateCustomToolInput,
  ZCustomTool,
  ZDeleteCustomToolInput,
  ZUpdateCustomToolInput,
} from "@/lib/schemas/custom-tools";
import {
  createCustomTool,
  deleteCustomTool,
  listCustomTools,
  updateCustomTool,
} from "../../services/custom-tools/custom-tools";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** Custom HTTP tools: everyone who can see agents sees what they may call; managers and up change them. */
export const customToolsRouter = createTRPCRouter({
  list: orgProcedure("agent.read")
    .output(z.array(ZCustomTool))
    .query(({ ctx }) => listCustomTools(ctx)),
  create: orgProcedure("agent.manage")
    .input(ZCreateCustomToolInput)
    .output(ZCustomTool)
    .mutation(({ ctx, input }) => createCustomTool(ctx, input)),
  update: orgProcedure("agent.manage")
    .input(ZUpdateCustomToolInput)
    .output(ZCustomTool)
    .mutation(({ ctx, input }) => updateCustomTool(ctx, input)),
  delete: orgProcedure("agent.manage")
    .input(ZDeleteCustomToolInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteCustomTool(ctx, input.id)),
});
