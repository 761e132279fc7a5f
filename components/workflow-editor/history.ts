/** Undo steps kept; older ones are dropped so a long session does not grow without bound. */
export const HISTORY_LIMIT = 100;

/**
 * An undo/redo stack of snapshots. `present` is the committed value; `past` ends with the one
 * before it. `lastKey` lets a run of edits to the same thing (typing in one field) share one
 * undo step: a push with the key of the push before it replaces the present instead of stacking.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  lastKey: string | null;
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null };
}

/**
 * Commits `next` as the new present and clears the redo stack. With a `coalesceKey` equal to the
 * previous push's, the previous present is overwritten rather than kept as an undo step.
 */
export function pushHistory<T>(history: History<T>, next: T, coalesceKey?: string): History<T> {
  if (Object.is(next, history.present)) return history;
  const key = coalesceKey ?? null;
  if (key !== null && key === history.lastKey) return { ...history, present: next, future: [] };
  const past = [...history.past, history.present];
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    present: next,
    future: [],
    lastKey: key,
  };
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0;

export function undoHistory<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    lastKey: null,
  };
}

export function redoHistory<T>(history: History<T>): History<T> {
  const next = history.future[0];
  if (!canRedo(history)) return history;
  return {
    past: [...history.past, history.present],
    present: next as T,
    future: history.future.slice(1),
    lastKey: null,
  };
}

/** Ends a run of coalesced edits, so the next edit with the same key is its own undo step. */
export function sealHistory<T>(history: History<T>): History<T> {
  return history.lastKey === null ? history : { ...history, lastKey: null };
}
