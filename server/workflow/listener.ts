import pg from "pg";
import { env } from "../env";
import { EVENTS_CHANNEL } from "./events";

export type RunNotice = { runId: string; type: string; id?: string; nodeId?: string; text?: string };
type Listener = (notice: RunNotice) => void;

type State = { client: Promise<pg.Client> | null; listeners: Map<string, Set<Listener>> };
const globalForListener = globalThis as unknown as { switchboardRunListener?: State };
const state: State = (globalForListener.switchboardRunListener ??= { client: null, listeners: new Map() });

/**
 * One LISTEN connection per process for run events, fanned out to whoever watches a run (an
 * SSE stream, a webhook waiting for its output). Events come from whichever process ran the
 * step: NOTIFY is delivered to every listening connection of the database. A dropped
 * connection is reopened on the next subscription; watchers catch up from the events table.
 */
function connect(): Promise<pg.Client> {
  state.client ??= (async () => {
    const client = new pg.Client({ connectionString: env().appDatabaseUrl });
    client.on("notification", (message) => {
      if (!message.payload) return;
      let notice: RunNotice;
      try {
        notice = JSON.parse(message.payload) as RunNotice;
      } catch {
        return;
      }
      for (const listener of state.listeners.get(notice.runId) ?? []) listener(notice);
    });
    const reset = () => {
      state.client = null;
    };
    client.on("error", reset);
    client.on("end", reset);
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    return client;
  })().catch((error: unknown) => {
    state.client = null;
    throw error;
  });
  return state.client;
}

/** Calls `listener` for each event of `runId` until the returned function is called. */
export async function watchRun(runId: string, listener: Listener): Promise<() => void> {
  await connect();
  const set = state.listeners.get(runId) ?? new Set<Listener>();
  set.add(listener);
  state.listeners.set(runId, set);
  return () => {
    set.delete(listener);
    if (!set.size) state.listeners.delete(runId);
  };
}
