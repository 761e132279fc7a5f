"use client";

import { CircleCheck, CloudOff, Eye, LoaderCircle, PencilLine, TriangleExclamationPoint } from "lucide-react";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { type Autosaver } from "./autosaver";

/** Whether the draft is saved, being saved, waiting to be saved, in conflict or failed to save. */
export function SaveStatus({ autosaver, readOnly }: { autosaver: Autosaver; readOnly: boolean }) {
  const state = useSyncExternalStore(autosaver.subscribe, autosaver.getState, autosaver.getState);
  const {
    icon: Icon,
    text,
    tone,
  } = readOnly
    ? { icon: Eye, text: "Read only", tone: "text-muted-foreground" }
    : state.status === "saved"
      ? { icon: CircleCheck, text: "Saved", tone: "text-success" }
      : state.status === "saving"
        ? { icon: LoaderCircle, text: "Saving…", tone: "text-muted-foreground" }
        : state.status === "unsaved"
          ? { icon: PencilLine, text: "Unsaved changes", tone: "text-muted-foreground" }
          : state.status === "conflict"
            ? { icon: TriangleExclamationPoint, text: "Conflict", tone: "text-destructive" }
            : { icon: CloudOff, text: "Not saved", tone: "text-destructive" };
  return (
    <div className="flex items-center gap-2">
      <p
        role="status"
        aria-label="Save status"
        title={state.status === "error" ? state.message : undefined}
        className={cn("flex items-center gap-1.5 text-sm font-medium", tone)}
      >
        <Icon aria-hidden="true" className={cn("size-4", state.status === "saving" && "animate-spin")} />
        <span>{text}</span>
      </p>
      {state.status === "error" && !readOnly ? (
        <Button variant="outline" size="sm" onClick={() => void autosaver.flush()} title={state.message}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
