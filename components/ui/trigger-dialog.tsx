"use client";

import type { ReactElement, ReactNode } from "react";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

type Props = {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: ReactNode;
  description: ReactNode;
  /** Controlled state, for dialogs that close themselves once their action succeeds. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Runs when the dialog closes, e.g. to forget a failed mutation's error. */
  onClosed?: () => void;
  /** Extra classes for the dialog's content, e.g. a wider "sm:max-w-xl". */
  className?: string;
  children: ReactNode;
};

/** A button and the dialog it opens, with title and description: the frame of every row action. */
export function TriggerDialog({
  trigger,
  title,
  description,
  open,
  onOpenChange,
  onClosed,
  className,
  children,
}: Props) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange?.(next);
        if (!next) onClosed?.();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className={className}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}
