"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/use-toast";
import { formErrorMessage, serverFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/lib/trpc/react";

/** Asks for changes with a required comment, which opens a thread. Render only for roles with `asset.review`. */
export function RequestChangesDialog({ assetId, version }: { assetId: string; version: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [blank, setBlank] = useState(false);
  const decide = useMutation(
    trpc.assets.decide.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.assets.pathFilter());
        toast({ title: "Changes requested", variant: "success" });
        setOpen(false);
        setComment("");
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = comment.trim();
    setBlank(!trimmed);
    if (trimmed) decide.mutate({ id: assetId, version, decision: "changes_requested", comment: trimmed });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setBlank(false);
        if (!next) decide.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">Request changes</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Request changes to version {version}</DialogTitle>
          <DialogDescription>
            Your comment starts a thread on the asset. Whoever made it can reply, then upload a new version or submit
            this one again.
          </DialogDescription>
        </DialogHeader>
        <form noValidate className="grid gap-4" onSubmit={submit}>
          <FormField
            label="What needs to change?"
            required
            error={blank ? "Say what needs to change." : serverFieldErrors(decide.error).comment}
          >
            <Textarea
              value={comment}
              rows={4}
              required
              maxLength={5_000}
              onChange={(event) => {
                setComment(event.target.value);
                setBlank(false);
              }}
            />
          </FormField>
          <DialogActions error={formErrorMessage(decide.error, ["comment"])}>
            <Button type="submit" disabled={decide.isPending}>
              Request changes
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
