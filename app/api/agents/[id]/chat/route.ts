import { ZChatRequest } from "@/lib/schemas/chat";
import { errorResponse, resolveRouteAccess } from "@/server/api/org-route";
import { streamAgentChat } from "@/server/services/chat/chat";

/**
 * `POST /api/agents/<id>/chat` with `{ conversationId?, message }`: the agent's answer as an
 * AI SDK UI message stream (for `useChat`). Stopping the request stops the model; the partial
 * answer is kept, marked incomplete. The conversation id comes back in `x-conversation-id`.
 */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const access = await resolveRouteAccess(req, "agent.chat");
    const input = ZChatRequest.parse(await req.json().catch(() => ({})));
    const { id } = await params;
    return await streamAgentChat(access, id, input, req.signal);
  } catch (error) {
    return errorResponse(error);
  }
}
