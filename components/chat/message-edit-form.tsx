"use client";

import { Send } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** An answer is on its way: Save & send waits, as the composer's Send does. */
  busy: boolean;
  /** Called with the trimmed text, never empty. */
  onSave: (text: string) => void;
  onCancel: () => void;
};

/**
 * One of the person's messages, open for editing. Like the composer, Enter sends and Shift+Enter
 * starts a new line; Escape or Cancel leaves the message as it was. Empty text is refused here.
 */
export function MessageEditForm({ value, onChange, busy, onSave, onCancel }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [refused, setRefused] = useState(false);

  // Opened from its Edit button: the text is what the person came for, caret at its end.
  useEffect(() => {
    const element = textarea.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const save = () => {
    if (busy) return;
    const text = value.trim();
    if (!text) {
      setRefused(true);
      textarea.current?.focus();
      return;
    }
    onSave(text);
  };

  return (
    <form
      className="ml-auto grid w-full max-w-[85%] gap-2 rounded-2xl border bg-card p-3 shadow-xs"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || event.nativeEvent.isComposing) return;
        event.preventDefault();
        onCancel();
      }}
    >
      <FormField
        label="Edit your message"
        description="Enter sends, Shift+Enter for a new line, Escape cancels. The answers after this message are replaced."
        error={refused ? "Write a message first." : undefined}
        className="gap-1.5"
      >
        <Textarea
          ref={textarea}
          value={value}
          rows={2}
          maxLength={20_000}
          className="max-h-60 resize-none"
          onChange={(event) => {
            setRefused(false);
            onChange(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            save();
          }}
        />
      </FormField>
      <div className="flex justify-end gap-2">
        <Button variant="outline" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={busy}>
          <Send aria-hidden />
          Save &amp; send
        </Button>
      </div>
    </form>
  );
}
