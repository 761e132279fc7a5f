"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";

type Props = {
  /** Why the action failed, announced above the buttons; nothing when it has not. */
  error?: ReactNode;
  /** The text of the button that closes the dialog without acting. */
  cancel?: string;
  /** The action's button. */
  children: ReactNode;
};

/** The foot of a dialog that asks before acting: the action's error, then Cancel and the action. */
export function DialogActions({ error, cancel = "Cancel", children }: Props) {
  return (
    <>
      {error ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{cancel}</Button>
        </DialogClose>
        {children}
      </DialogFooter>
    </>
  );
}
