"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import type { TConversationSummary } from "@/lib/schemas/chat";
import { useTRPC } from "@/lib/trpc/react";

type Props = { conversation: Pick<TConversationSummary, "id" | "title"> };

export function RenameConversationDialog({ conversation }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(conversation.title);
  const rename = useMutation(
    trpc.conversations.rename.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.conversations.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={(next) => {
        if (next) setTitle(conversation.title);
        setOpen(next);
      }}
      onClosed={rename.reset}
      title="Rename conversation"
      description="The title is how you find the conversation again; only you see it."
      trigger={
        <Button variant="ghost" size="icon" className="size-8 shrink-0">
          <Pencil aria-hidden />
          <span className="sr-only">Rename {conversation.title}</span>
        </Button>
      }
    >
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          rename.mutate({ id: conversation.id, title });
        }}
      >
        <FormField label="Title">
          <Input value={title} maxLength={120} required onChange={(event) => setTitle(event.target.value)} />
        </FormField>
        <DialogActions error={rename.error?.message}>
          <Button type="submit" disabled={rename.isPending || !title.trim()}>
            Save title
          </Button>
        </DialogActions>
      </form>
    </TriggerDialog>
  );
}
