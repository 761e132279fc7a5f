"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { formErrorMessage, serverFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  assetId: string;
  /** Set for a reply: the comment whose thread it joins. */
  parentId?: string;
  label: string;
  submitLabel: string;
  onPosted?: () => void;
  /** Shows a Cancel button (for a reply form that can be closed). */
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** A comment or a reply, on the asset's current version. Render only for roles with `asset.comment`. */
export function CommentForm({ assetId, parentId, label, submitLabel, onPosted, onCancel, autoFocus }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [blank, setBlank] = useState(false);
  const comment = useMutation(
    trpc.assets.comment.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await queryClient.invalidateQueries(trpc.assets.get.queryFilter({ id: assetId }));
        onPosted?.();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = body.trim();
    setBlank(!trimmed);
    if (trimmed) comment.mutate({ assetId, body: trimmed, ...(parentId && { parentId }) });
  }

  const fieldError = blank ? "Write a comment first." : serverFieldErrors(comment.error).body;
  const formError = formErrorMessage(comment.error, ["body"]);
  return (
    <form noValidate className="grid gap-2" onSubmit={submit}>
      <FormField label={label} error={fieldError ?? formError}>
        <Textarea
          value={body}
          rows={3}
          maxLength={5_000}
          autoFocus={autoFocus}
          onChange={(event) => {
            setBody(event.target.value);
            setBlank(false);
          }}
        />
      </FormField>
      <div className="flex justify-end gap-2">
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" variant="secondary" disabled={comment.isPending}>
          {comment.isPending ? "Posting…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
