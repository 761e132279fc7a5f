"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useDebouncedValue } from "@/components/clients/use-debounced-value";
import { Button } from "@/components/ui/button";
import { SearchField } from "@/components/ui/search-field";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { ConversationListItem } from "./conversation-list-item";

type Props = {
  agentId: string;
  selectedId: string | null;
  /** A conversation was deleted; when it was the open one, the page starts a new one. */
  onDeleted: (conversationId: string) => void;
};

/** The person's conversations with this agent, newest first, with search and "New conversation". */
export function ConversationList({ agentId, selectedId, onDeleted }: Props) {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const debounced = useDebouncedValue(search.trim());
  const query = useQuery(
    trpc.conversations.list.queryOptions({ agentId, ...(debounced ? { search: debounced } : {}) }),
  );

  return (
    <nav aria-label="Conversations" className="flex max-h-56 min-h-0 flex-col gap-3 lg:max-h-none">
      <Button asChild variant="outline" className="justify-start">
        <Link href={`/agents/${agentId}/chat`} scroll={false}>
          <Plus aria-hidden />
          New conversation
        </Link>
      </Button>
      <SearchField label="Search conversations" value={search} placeholder="Title" onChange={setSearch} />
      {query.isPending ? (
        <div role="status" aria-label="Loading conversations" className="grid gap-2">
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
        </div>
      ) : query.isError ? (
        <div role="alert" className="grid gap-2 text-sm">
          <p className="text-destructive">Conversations could not be loaded: {query.error.message}</p>
          <Button variant="outline" size="sm" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </div>
      ) : query.data.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {debounced ? "No conversation title matches that search." : "No conversations yet."}
        </p>
      ) : (
        <ul className="-mx-1 grid min-h-0 gap-1 overflow-y-auto px-1">
          {query.data.map((conversation) => (
            <ConversationListItem
              key={conversation.id}
              conversation={conversation}
              selected={conversation.id === selectedId}
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}
