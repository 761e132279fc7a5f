"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ZCreateAgencyInput } from "@/lib/schemas/accounts";
import { useTRPC } from "@/lib/trpc/react";

export function NewAgencyDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: () => {
        onOpenChange(false);
        queryClient.clear();
        router.replace("/dashboard");
        router.refresh();
      },
      onError: (caught) => setError(caught.message),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateAgencyInput.safeParse({ name: new FormData(event.currentTarget).get("name") });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a name.");
      return;
    }
    setError(null);
    create.mutate(parsed.data);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>New agency</DialogTitle>
            <DialogDescription>
              You will be its owner. Its clients and members are separate from this one.
            </DialogDescription>
          </DialogHeader>
          <FormField label="Agency name" error={error ?? undefined}>
            <Input name="name" autoComplete="organization" required />
          </FormField>
          <DialogFooter>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create agency"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
