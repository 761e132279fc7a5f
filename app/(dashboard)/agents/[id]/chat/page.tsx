import type { Metadata } from "next";
import { Suspense } from "react";
import { ChatPage } from "@/components/chat/chat-page";

export const metadata: Metadata = { title: "Chat" };

export default async function AgentChatRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    // The chat reads the open conversation from the URL (`?c=`) on the client.
    <Suspense>
      <ChatPage agentId={id} />
    </Suspense>
  );
}
