"use client";

import * as React from "react";

/**
 * Tiny global toast store. Call `toast({ title, description, variant })` from
 * any client component or event handler; <Toaster /> (mounted once in the root
 * layout) renders the queue.
 */

export type ToastVariant = "default" | "destructive" | "success";

export type ToastOptions = {
  title?: React.ReactNode;
  description?: React.ReactNode;
  variant?: ToastVariant;
  /** Optional action, typically a <ToastAction altText="…">. */
  action?: React.ReactNode;
  /** Milliseconds before auto-dismiss (Radix default: 5000). */
  duration?: number;
};

export type ToasterToast = ToastOptions & { id: string; open: boolean };

const TOAST_LIMIT = 3;
/** Keep closed toasts mounted briefly so the exit animation can run. */
const REMOVE_DELAY_MS = 300;

let toasts: ToasterToast[] = [];
let counter = 0;
const listeners = new Set<() => void>();
const removeTimers = new Map<string, ReturnType<typeof setTimeout>>();
const EMPTY: ToasterToast[] = [];

function setToasts(next: ToasterToast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

function scheduleRemoval(id: string): void {
  if (removeTimers.has(id)) return;
  removeTimers.set(
    id,
    setTimeout(() => {
      removeTimers.delete(id);
      setToasts(toasts.filter((t) => t.id !== id));
    }, REMOVE_DELAY_MS),
  );
}

/** Close one toast by id, or all toasts when no id is given. */
export function dismissToast(id?: string): void {
  setToasts(toasts.map((t) => (id === undefined || t.id === id ? { ...t, open: false } : t)));
  for (const t of toasts) if (!t.open) scheduleRemoval(t.id);
}

function updateToast(id: string, patch: ToastOptions): void {
  setToasts(toasts.map((t) => (t.id === id ? { ...t, ...patch } : t)));
}

export function toast(options: ToastOptions): {
  id: string;
  dismiss: () => void;
  update: (patch: ToastOptions) => void;
} {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  const id = `toast-${counter}`;
  setToasts([{ ...options, id, open: true }, ...toasts].slice(0, TOAST_LIMIT));
  return { id, dismiss: () => dismissToast(id), update: (patch) => updateToast(id, patch) };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useToast(): { toasts: ToasterToast[]; toast: typeof toast; dismiss: typeof dismissToast } {
  const current = React.useSyncExternalStore(
    subscribe,
    () => toasts,
    () => EMPTY,
  );
  return { toasts: current, toast, dismiss: dismissToast };
}
