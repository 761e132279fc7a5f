"use client";

import { useSyncExternalStore, useState } from "react";
import { Button } from "@/components/ui/button";
import { type Autosaver } from "./autosaver";

type Props = {
  autosaver: Autosaver;
  /** Fetches the saved draft and shows it instead of this editor's graph. */
  onLoadTheirs: () => Promise<void>;
};

/**
 * Someone else saved the draft first: this editor's changes are not saved, and the person
 * chooses — take their version, or keep their own and save it on top. Nothing happens until they do.
 */
export function ConflictBanner({ autosaver, onLoadTheirs }: Props) {
  const state = useSyncExternalStore(autosaver.subscribe, autosaver.getState, autosaver.getState);
  const [pending, setPending] = useState<"theirs" | "mine" | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (state.status !== "conflict") return null;

  const choose = async (choice: "theirs" | "mine") => {
    setPending(choice);
    setError(null);
    try {
      if (choice === "theirs") await onLoadTheirs();
      else await autosaver.keepMine();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "That did not work; try again.");
    } finally {
      setPending(null);
    }
  };

  return (
    <div
      role="alert"
      aria-labelledby="conflict-title"
      className="flex flex-wrap items-center gap-3 border-b border-destructive/30 bg-destructive/10 px-4 py-3"
    >
      <div className="min-w-0 flex-1">
        <p id="conflict-title" className="text-sm font-semibold text-destructive">
          Someone else saved this workflow first
        </p>
        <p className="text-sm">{state.message}</p>
        {error ? <p className="text-sm text-destructive">{error}</p> : null}
      </div>
      <div className="flex gap-2">
        <Button variant="outline" disabled={pending !== null} onClick={() => void choose("theirs")}>
          {pending === "theirs" ? "Loading…" : "Load their version"}
        </Button>
        <Button disabled={pending !== null} onClick={() => void choose("mine")}>
          {pending === "mine" ? "Saving…" : "Keep mine"}
        </Button>
      </div>
    </div>
  );
}
