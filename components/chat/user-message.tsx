"use client";

import { Pencil } from "lucide-react";
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { messageText, type ChatMessage, type MessageActions } from "./chat-types";
import { MessageEditForm } from "./message-edit-form";

type Props = { message: ChatMessage; actions: MessageActions };

/** The person's message on the right, with an Edit button that opens it in place for resending. */
export function UserMessage({ message, actions }: Props) {
  const text = messageText(message);
  const textId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const edit = actions.editing?.messageId === message.id ? actions.editing : null;
  const editing = edit !== null;

  // Cancel hands the focus back to the Edit button it came from (Save & send moves it elsewhere).
  useEffect(() => {
    if (editing || !cancelled.current) return;
    cancelled.current = false;
    editButton.current?.focus();
  }, [editing]);

  if (edit) {
    return (
      <MessageEditForm
        value={edit.text}
        busy={!actions.enabled}
        onChange={(next) => actions.onEditingChange({ messageId: message.id, text: next })}
        onSave={(next) => actions.onSaveEdit({ messageId: message.id, text: next })}
        onCancel={() => {
          cancelled.current = true;
          actions.onEditingChange(null);
        }}
      />
    );
  }
  return (
    // Reversed so the bubble keeps to the right edge and its Edit button sits just left of it,
    // while screen readers meet the message first.
    <div className="flex flex-row-reverse items-center gap-1">
      <div
        id={textId}
        className="max-w-[85%] rounded-2xl rounded-br-sm bg-primary px-4 py-2 text-sm whitespace-pre-wrap text-primary-foreground"
      >
        <span className="sr-only">You: </span>
        {text}
      </div>
      {actions.enabled ? (
        // Named by aria-label only, so the message's text stays exactly what the person wrote.
        <Button
          ref={editButton}
          variant="ghost"
          size="icon"
          className="size-8 text-muted-foreground"
          aria-label="Edit message"
          aria-describedby={textId}
          title="Edit message"
          onClick={() => actions.onEditingChange({ messageId: message.id, text })}
        >
          <Pencil aria-hidden />
        </Button>
      ) : null}
    </div>
  );
}
