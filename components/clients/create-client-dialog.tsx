"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { EMPTY_CLIENT_FORM } from "./client-fields";
import { ClientForm } from "./client-form";

export function CreateClientDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.clients.create.mutationOptions({
      onSuccess: (client) => {
        toast({
          title: "Client created",
          description: `${client.name} was added to your clients.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.clients.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New client
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>New client</DialogTitle>
          <DialogDescription>A company your agency works for. You can change everything later.</DialogDescription>
        </DialogHeader>
        <ClientForm
          initialValues={EMPTY_CLIENT_FORM}
          submitLabel="Create client"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          secondaryActions={
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
          }
        />
      </DialogContent>
    </Dialog>
  );
}
