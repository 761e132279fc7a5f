"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useCan } from "@/components/shell/org-context";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { useTRPC } from "@/lib/trpc/react";
import { ChatHeader } from "./chat-header";
import { ChatThreadLoader } from "./chat-thread-loader";
import { ConversationList } from "./conversation-list";
import { useThreadSelection } from "./use-thread-selection";

/** Chat with an agent: the person's conversations with it on the left, the open one on the right. */
export function ChatPage({ agentId }: { agentId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const canChat = useCan("agent.chat");
  const agent = useQuery(trpc.agents.get.queryOptions({ id: agentId }));
  const { thread, adopt } = useThreadSelection();
  const started = useCallback((id: string) => adopt(thread.generation, id), [adopt, thread.generation]);

  if (!agent.isSuccess) {
    return (
      <RecordQueryState
        query={agent}
        what="agent"
        width="max-w-5xl"
        notFound={<RecordNotFound what="agent" deletable backHref="/agents" backLabel="Back to agents" />}
      />
    );
  }

  return (
    <div className="mx-auto flex h-[calc(100dvh-3rem)] max-w-6xl flex-col gap-4 lg:h-[calc(100dvh-4rem)]">
      <ChatHeader agent={agent.data} />
      {canChat ? (
        <div className="grid min-h-0 flex-1 grid-rows-[auto_minmax(0,1fr)] gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:grid-rows-1">
          <ConversationList
            agentId={agentId}
            selectedId={thread.conversationId}
            onDeleted={(id) => {
              if (id === thread.conversationId) router.push(`/agents/${agentId}/chat`, { scroll: false });
            }}
          />
          <ChatThreadLoader
            key={thread.generation}
            agent={agent.data}
            conversationId={thread.conversationId}
            loadSaved={thread.loadSaved}
            onConversationStarted={started}
          />
        </div>
      ) : (
        <EmptyState
          title="Chatting needs a member role"
          description="You can see this agent; ask an admin to make you a member of the agency to talk to it."
        />
      )}
    </div>
  );
}
