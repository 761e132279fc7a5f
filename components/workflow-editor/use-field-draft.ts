"use client";

import { useCallback, useState } from "react";

/**
 * What a field bound to a stored value shows: what the person typed, as long as the stored
 * value is the one that typing produced (or left alone because it did not parse); the stored
 * value, formatted, once it changes any other way (an undo, someone else's version).
 * `setDraft(draft, basis)` records the typing and the stored value it goes with.
 */
export function useFieldDraft<V, D>(value: V, format: (value: V) => D): [D, (draft: D, basis: V) => void] {
  const [typed, setTyped] = useState<{ draft: D; basis: V } | null>(null);
  const draft = typed && Object.is(typed.basis, value) ? typed.draft : format(value);
  const setDraft = useCallback((next: D, basis: V) => setTyped({ draft: next, basis }), []);
  return [draft, setDraft];
}
