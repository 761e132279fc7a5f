import type { TConversationSummary, TStoredChatMessage } from "@/lib/schemas/chat";
import type { OrgContext } from "../../api/trpc";
import { notFound } from "../../errors";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

/** Conversations are the person's own: everything here is filtered by who is asking. */
const mine = (ctx: ServiceCtx) => ({ userId: ctx.actor.userId ?? "" });

export async function listConversations(
  ctx: ServiceCtx,
  input: { agentId: string; search?: string | undefined },
): Promise<TConversationSummary[]> {
  const rows = await ctx.db.conversation.findMany({
    where: {
      ...mine(ctx),
      agentId: input.agentId,
      ...(input.search && { title: { contains: input.search, mode: "insensitive" } }),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, agentId: true, title: true, updatedAt: true, _count: { select: { messages: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, messageCount: _count.messages }));
}

export async function getConversation(ctx: ServiceCtx, id: string) {
  const conversation = await ctx.db.conversation.findFirst({
    where: { id, ...mine(ctx) },
    select: { id: true, agentId: true, title: true },
  });
  if (!conversation) throw notFound("That conversation");
  const rows = await ctx.db.chatMessage.findMany({
    where: { conversationId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      parts: true,
      status: true,
      error: true,
      createdAt: true,
      run: { select: { model: true, inputTokens: true, outputTokens: true, costUsd: true, cacheHit: true } },
    },
  });
  const messages: TStoredChatMessage[] = rows.map(({ run, ...row }) => ({
    ...row,
    role: row.role as TStoredChatMessage["role"],
    parts: Array.isArray(row.parts) ? (row.parts as TStoredChatMessage["parts"]) : [],
    usage: run ? { ...run, costUsd: run.costUsd.toNumber() } : null,
  }));
  return { ...conversation, messages };
}

export async function renameConversation(ctx: ServiceCtx, input: { id: string; title: string }) {
  const { count } = await ctx.db.conversation.updateMany({
    where: { id: input.id, ...mine(ctx) },
    data: { title: input.title },
  });
  if (!count) throw notFound("That conversation");
  return { id: input.id, title: input.title };
}

export async function deleteConversation(ctx: ServiceCtx, id: string) {
  const { count } = await ctx.db.conversation.deleteMany({ where: { id, ...mine(ctx) } });
  if (!count) throw notFound("That conversation");
  return { id };
}
