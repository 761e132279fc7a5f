import { ZChatRequest } from "@/lib/schemas/chat";
import { resolveOrgAccess } from "@/server/api/org-access";
import { streamAgentChat } from "@/server/services/chat/chat";
import { question } from "./config";
import { META, type BenchAgency } from "./fixture";
import type { Marks } from "./marks";
import { readUiMessageStream } from "./ui-stream";

/** The JSON body the chat UI posts for stream `n` (a new conversation each time). */
export const requestBody = (n: number) =>
  JSON.stringify({ message: { id: `msg-bench-${n}`, role: "user", parts: [{ type: "text", text: question(n) }] } });

/**
 * What `POST /api/agents/<id>/chat` does after reading the session, in-process: the membership
 * lookup and role check (`resolveOrgAccess`, as `resolveRouteAccess` calls it), zod parsing of
 * the body, then `streamAgentChat`; the Response body is read as the browser would.
 */
export async function appStream(agency: BenchAgency, n: number, marks: Marks): Promise<string> {
  const membership = await resolveOrgAccess(agency.owner.id, agency.organizationId, "agent.chat");
  const access = {
    organizationId: membership.organizationId,
    organization: membership.organization,
    role: membership.role,
    actor: { userId: agency.owner.id, label: agency.owner.email, ...META },
  };
  const input = ZChatRequest.parse(JSON.parse(requestBody(n)));
  const response = await streamAgentChat(access, agency.agentId, input, new AbortController().signal);
  if (!response.ok || !response.body) throw new Error(`the chat answered ${response.status}`);
  const { text, error } = await readUiMessageStream(response.body, marks);
  if (error) throw new Error(`the chat stream carried an error: ${error}`);
  return text;
}
