"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { ChatThread } from "./chat-thread";
import { toChatMessages } from "./chat-types";

type Props = {
  agent: { id: string; name: string };
  conversationId: string | null;
  /** Open a saved conversation: wait for its messages before the chat starts. */
  loadSaved: boolean;
  onConversationStarted: (conversationId: string) => void;
};

/** Loads a saved conversation's messages into a new chat, or starts an empty one. */
export function ChatThreadLoader({ agent, conversationId, loadSaved, onConversationStarted }: Props) {
  const trpc = useTRPC();
  const saved = useQuery(
    trpc.conversations.get.queryOptions(loadSaved && conversationId ? { id: conversationId } : skipToken),
  );

  if (loadSaved && saved.data === undefined) {
    if (saved.isError) {
      const missing = saved.error.data?.code === "NOT_FOUND" || saved.error.data?.code === "BAD_REQUEST";
      return (
        <EmptyState
          className="flex-1"
          title={missing ? "Conversation not found" : "This conversation could not be loaded"}
          description={missing ? "It may have been deleted, or it belongs to someone else." : saved.error.message}
          action={
            missing ? (
              <Button asChild variant="outline">
                <Link href={`/agents/${agent.id}/chat`}>New conversation</Link>
              </Button>
            ) : (
              <Button onClick={() => void saved.refetch()}>Try again</Button>
            )
          }
        />
      );
    }
    return (
      <div role="status" aria-label="Loading conversation" className="grid flex-1 content-start gap-4">
        <Skeleton className="ml-auto h-10 w-1/2" />
        <Skeleton className="h-24 w-3/4" />
      </div>
    );
  }

  return (
    <ChatThread
      agent={agent}
      conversationId={conversationId}
      initialMessages={loadSaved && saved.data ? toChatMessages(saved.data.messages) : []}
      onConversationStarted={onConversationStarted}
    />
  );
}
