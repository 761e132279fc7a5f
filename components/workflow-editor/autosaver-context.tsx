"use client";

import { createContext, useContext, type ReactNode } from "react";
import { type Autosaver } from "./autosaver";

const AutosaverContext = createContext<Autosaver | null>(null);

/** The editor's autosaver, for parts that must save the draft before they act on it (step tests). */
export function AutosaverProvider({ autosaver, children }: { autosaver: Autosaver; children: ReactNode }) {
  return <AutosaverContext.Provider value={autosaver}>{children}</AutosaverContext.Provider>;
}

export function useAutosaver(): Autosaver {
  const autosaver = useContext(AutosaverContext);
  if (!autosaver) throw new Error("useAutosaver must be used inside <AutosaverProvider>");
  return autosaver;
}

/**
 * Saves the draft now if it has changes. Null when it is saved; otherwise what stands in the way,
 * said so that the person knows what to do.
 */
export async function saveDraftFirst(autosaver: Autosaver): Promise<string | null> {
  await autosaver.flush();
  const state = autosaver.getState();
  if (state.status === "saved") return null;
  return state.status === "conflict"
    ? "Someone else saved this draft: choose whose version to keep (above the canvas), then try again."
    : "The draft could not be saved. Check the save status at the top and try again.";
}
