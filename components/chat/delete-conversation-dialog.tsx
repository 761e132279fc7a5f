"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import type { TConversationSummary } from "@/lib/schemas/chat";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  conversation: Pick<TConversationSummary, "id" | "title">;
  onDeleted: (conversationId: string) => void;
};

export function DeleteConversationDialog({ conversation, onDeleted }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.conversations.delete.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        onDeleted(conversation.id);
        void queryClient.invalidateQueries(trpc.conversations.list.pathFilter());
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={remove.reset}
      title={`Delete “${conversation.title}”?`}
      description="Its messages go with it; the agent's runs and their costs stay on record."
      trigger={
        <Button variant="ghost" size="icon" className="size-8 shrink-0 text-destructive hover:text-destructive">
          <Trash2 aria-hidden />
          <span className="sr-only">Delete {conversation.title}</span>
        </Button>
      }
    >
      <DialogActions error={remove.error?.message}>
        <Button
          variant="destructive"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ id: conversation.id })}
        >
          Delete conversation
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
