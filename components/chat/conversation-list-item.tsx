"use client";

import Link from "next/link";
import { formatDate } from "@/lib/format-date";
import type { TConversationSummary } from "@/lib/schemas/chat";
import { cn } from "@/lib/utils";
import { DeleteConversationDialog } from "./delete-conversation-dialog";
import { RenameConversationDialog } from "./rename-conversation-dialog";

type Props = {
  conversation: TConversationSummary;
  selected: boolean;
  onDeleted: (conversationId: string) => void;
};

/** A conversation in the list: opens it (kept in the URL as `?c=`), with rename and delete beside it. */
export function ConversationListItem({ conversation, selected, onDeleted }: Props) {
  return (
    <li
      className={cn(
        "group flex items-center gap-1 rounded-md pr-1 hover:bg-accent",
        selected && "bg-accent text-accent-foreground",
      )}
    >
      <Link
        href={`/agents/${conversation.agentId}/chat?c=${encodeURIComponent(conversation.id)}`}
        scroll={false}
        aria-current={selected ? "page" : undefined}
        className="grid min-w-0 flex-1 gap-0.5 rounded-md px-2 py-1.5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <span className={cn("truncate text-sm", selected && "font-medium")}>{conversation.title}</span>
        <span className="text-xs text-muted-foreground">
          {formatDate(conversation.updatedAt)} · {conversation.messageCount} messages
        </span>
      </Link>
      <RenameConversationDialog conversation={conversation} />
      <DeleteConversationDialog conversation={conversation} onDeleted={onDeleted} />
    </li>
  );
}
