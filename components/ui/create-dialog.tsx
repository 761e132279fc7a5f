"use client";

import { Plus } from "lucide-react";
import type { ReactNode } from "react";
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

type Props = {
  /** Used for the trigger button and the dialog's title, e.g. "New client". */
  title: string;
  description: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The form; receives the Cancel button to place next to its submit button. */
  children: (cancel: ReactNode) => ReactNode;
};

/** The "New …" button and the dialog around a create form, the same for every list page. */
export function CreateDialog({ title, description, open, onOpenChange, children }: Props) {
  const cancel = (
    <DialogClose asChild>
      <Button variant="outline">Cancel</Button>
    </DialogClose>
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          {title}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children(cancel)}
      </DialogContent>
    </Dialog>
  );
}
