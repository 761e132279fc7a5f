import { listen, onConnectionLoss } from "../db/notifications";
import { EVENTS_CHANNEL } from "./events";

export type RunNotice = { runId: string; type: string; id?: string; nodeId?: string; text?: string };
type Listener = (notice: RunNotice) => void;

type State = { listeners: Map<string, Set<Listener>>; listening: Promise<unknown> | null };
const globalForListener = globalThis as unknown as { switchboardRunListener?: State };
const state: State = (globalForListener.switchboardRunListener ??= { listeners: new Map(), listening: null });
// A lost connection is reopened with its channels; after a close, the next watcher listens again.
onConnectionLoss(() => (state.listening = null));

function dispatch(payload: string) {
  let notice: RunNotice;
  try {
    notice = JSON.parse(payload) as RunNotice;
  } catch {
    return;
  }
  for (const listener of state.listeners.get(notice.runId) ?? []) listener(notice);
}

/**
 * Run events fanned out to whoever watches a run (an SSE stream, a webhook waiting for its
 * output), over the process's one LISTEN connection (`db/notifications.ts`). Events come from
 * whichever process ran the step; after a dropped connection, watchers catch up from the events
 * table.
 */
export async function watchRun(runId: string, listener: Listener): Promise<() => void> {
  state.listening ??= listen(EVENTS_CHANNEL, dispatch).catch((error: unknown) => {
    state.listening = null;
    throw error;
  });
  await state.listening;
  const set = state.listeners.get(runId) ?? new Set<Listener>();
  set.add(listener);
  state.listeners.set(runId, set);
  return () => {
    set.delete(listener);
    if (!set.size) state.listeners.delete(runId);
  };
}
