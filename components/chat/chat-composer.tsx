"use client";

import { Send, Square } from "lucide-react";
import { useId, useRef, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** An answer is on its way: Stop replaces Send, and Enter waits. */
  busy: boolean;
  onSend: () => void;
  onStop: () => void;
  /** The message box, for a caller that moves the focus here (after an edit or a regenerate). */
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
};

/** The message box: Enter sends, Shift+Enter starts a new line; Stop while the agent answers. */
export function ChatComposer({ value, onChange, busy, onSend, onStop, textareaRef }: Props) {
  const id = useId();
  const ownTextarea = useRef<HTMLTextAreaElement>(null);
  const textarea = textareaRef ?? ownTextarea;
  // Send and Stop swap places as the answer starts and ends: keep the focus in the message box.
  const send = () => {
    onSend();
    textarea.current?.focus();
  };
  const canSend = !busy && value.trim().length > 0;
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) send();
      }}
    >
      <div className="grid flex-1 gap-1">
        <Label htmlFor={id} className="sr-only">
          Message
        </Label>
        <Textarea
          id={id}
          ref={textarea}
          value={value}
          rows={2}
          maxLength={20_000}
          placeholder="Write a message… (Enter sends, Shift+Enter for a new line)"
          className="max-h-60 resize-none"
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            if (canSend) send();
          }}
        />
      </div>
      {busy ? (
        <Button
          variant="outline"
          onClick={() => {
            onStop();
            textarea.current?.focus();
          }}
        >
          <Square aria-hidden />
          Stop
        </Button>
      ) : (
        <Button type="submit" disabled={!canSend}>
          <Send aria-hidden />
          Send
        </Button>
      )}
    </form>
  );
}
