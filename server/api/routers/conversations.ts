import { z } from "zod";
import {
  ZConversation,
  ZConversationSummary,
  ZListConversationsInput,
  ZRenameConversationInput,
} from "@/lib/schemas/chat";
import { ZId } from "@/lib/schemas/clients";
import {
  deleteConversation,
  getConversation,
  listConversations,
  renameConversation,
} from "../../services/chat/conversations";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** The caller's own conversations with agents (new messages go to POST /api/agents/<id>/chat). */
export const conversationsRouter = createTRPCRouter({
  list: orgProcedure("agent.chat")
    .input(ZListConversationsInput)
    .output(z.array(ZConversationSummary))
    .query(({ ctx, input }) => listConversations(ctx, input)),
  get: orgProcedure("agent.chat")
    .input(z.object({ id: ZId }).strict())
    .output(ZConversation)
    .query(({ ctx, input }) => getConversation(ctx, input.id)),
  rename: orgProcedure("agent.chat")
    .input(ZRenameConversationInput)
    .output(z.object({ id: z.string(), title: z.string() }))
    .mutation(({ ctx, input }) => renameConversation(ctx, input)),
  delete: orgProcedure("agent.chat")
    .input(z.object({ id: ZId }).strict())
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteConversation(ctx, input.id)),
});
