"use client";

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";
import type { StepStatus } from "@/components/runs/run-types";

/** How a step stands in the test run shown on the canvas; "queued" until the run reaches it. */
export type CanvasStepStatus = StepStatus | "queued";
/** How a step of the draft differs from the version it is compared with. */
export type DiffMark = "added" | "changed";

/**
 * Marks shown on the steps without being part of the draft: a test run's statuses, a version
 * comparison. Kept apart from the editor's state (they are not edits: no undo, never saved) and
 * read per node, so a step's node renders again only when its own mark changes.
 */
export interface Marks<T> {
  of(nodeId: string): T | null;
  /** Replaces every mark; null clears them. */
  show(marks: ReadonlyMap<string, T> | null): void;
  subscribe(listener: () => void): () => void;
}

export function createMarks<T>(): Marks<T> {
  let marks: ReadonlyMap<string, T> = new Map();
  const listeners = new Set<() => void>();
  return {
    of: (nodeId) => marks.get(nodeId) ?? null,
    show(next) {
      marks = next ?? new Map();
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type CanvasMarks = { run: Marks<CanvasStepStatus>; diff: Marks<DiffMark> };

const CanvasMarksContext = createContext<CanvasMarks | null>(null);

export function CanvasMarksProvider({ children }: { children: ReactNode }) {
  const [marks] = useState<CanvasMarks>(() => ({ run: createMarks(), diff: createMarks() }));
  return <CanvasMarksContext.Provider value={marks}>{children}</CanvasMarksContext.Provider>;
}

export function useCanvasMarks(): CanvasMarks {
  const marks = useContext(CanvasMarksContext);
  if (!marks) throw new Error("useCanvasMarks must be used inside <CanvasMarksProvider>");
  return marks;
}

function useMark<T>(marks: Marks<T>, nodeId: string): T | null {
  const read = () => marks.of(nodeId);
  return useSyncExternalStore(marks.subscribe, read, read);
}

/** The step's status in the test run on the canvas, or null when no run is shown. */
export const useStepRunStatus = (nodeId: string) => useMark(useCanvasMarks().run, nodeId);
/** How the step differs from the version being compared, or null. */
export const useStepDiffMark = (nodeId: string) => useMark(useCanvasMarks().diff, nodeId);
