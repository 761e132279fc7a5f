import pg from "pg";
import { env } from "../env";

type Handler = (payload: string) => void;
/** Told when the connection is lost: notifications may have been missed since. */
type LossHandler = () => void;

type State = {
  client: Promise<pg.Client> | null;
  /** Channel → handlers. A channel is LISTENed on while it has one. */
  handlers: Map<string, Set<Handler>>;
  onLoss: Set<LossHandler>;
  /** Channel → its LISTEN on the current connection. */
  listening: Map<string, Promise<unknown>>;
};
const globalForNotifications = globalThis as unknown as { switchboardNotifications?: State };
const state: State = (globalForNotifications.switchboardNotifications ??= {
  client: null,
  handlers: new Map(),
  onLoss: new Set(),
  listening: new Map(),
});

const quoteChannel = (channel: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  return channel;
};

/**
 * One LISTEN connection per process, shared by every channel (run events, configuration
 * changes). NOTIFY reaches every listening connection of the database, so whichever process
 * wrote the change, every process hears it. A dropped connection tells `onLoss` handlers (what
 * they cached may be stale) and is reopened, listening on the same channels again.
 */
function connect(): Promise<pg.Client> {
  if (state.client) return state.client;
  const opening: Promise<pg.Client> = (async () => {
    const client = new pg.Client({ connectionString: env().appDatabaseUrl });
    client.on("notification", (message) => {
      for (const handler of state.handlers.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    let lost = false;
    const reset = () => {
      if (lost) return;
      lost = true;
      if (state.client === opening) {
        state.client = null;
        state.listening.clear();
      }
      for (const handler of state.onLoss) handler();
      client.end().catch(() => undefined);
      reconnectSoon();
    };
    client.on("error", reset);
    client.on("end", reset);
    await client.connect();
    // After a reconnect, the channels that still have handlers are listened on again.
    for (const channel of state.handlers.keys()) await listenOn(client, channel);
    return client;
  })().catch((error: unknown) => {
    if (state.client === opening) state.client = null;
    throw error;
  });
  state.client = opening;
  return opening;
}

/** Reopens a lost connection while any channel has handlers, retrying every second. */
function reconnectSoon() {
  if (![...state.handlers.values()].some((handlers) => handlers.size)) return;
  setTimeout(() => {
    if (state.client) return;
    connect().catch(reconnectSoon);
  }, 1000).unref();
}

function listenOn(client: pg.Client, channel: string): Promise<unknown> {
  let listening = state.listening.get(channel);
  if (!listening) {
    listening = client.query(`LISTEN ${quoteChannel(channel)}`);
    state.listening.set(channel, listening);
    listening.catch(() => state.listening.delete(channel));
  }
  return listening;
}

/**
 * Calls `handler` with each notification's payload on `channel` until the returned function is
 * called. Resolves once the channel is being listened on: anything committed after that is heard.
 */
export async function listen(channel: string, handler: Handler): Promise<() => void> {
  const handlers = state.handlers.get(channel) ?? new Set<Handler>();
  handlers.add(handler);
  state.handlers.set(channel, handlers);
  try {
    await listenOn(await connect(), channel);
  } catch (error) {
    handlers.delete(handler);
    throw error;
  }
  return () => {
    handlers.delete(handler);
  };
}

/** Calls `handler` whenever the connection drops (until the returned function is called). */
export function onConnectionLoss(handler: LossHandler): () => void {
  state.onLoss.add(handler);
  return () => state.onLoss.delete(handler);
}

/** Closes the connection and drops every handler (tests and scripts); `listen` opens a new one. */
export async function closeNotifications(): Promise<void> {
  state.handlers.clear();
  const client = state.client;
  state.client = null;
  state.listening.clear();
  if (client) await (await client.catch(() => null))?.end().catch(() => undefined);
}
