import { env } from "../env";
import { listen, onConnectionLoss } from "./notifications";

/**
 * The channel the database notifies when agency configuration changes: a statement on
 * memberships, organizations, model providers, agents or custom tools, or one that publishes,
 * archives or re-keys a workflow (triggers in the `config_change_notify` and `instant_runs`
 * migrations), whoever ran it — this process, another one, or SQL by hand.
 */
export const CONFIG_CHANNEL = "switchboard_config";

/**
 * Models whose writes change what is cached here: every write, or for a model with fields listed,
 * creating or deleting a row or updating one of those fields (as the triggers do).
 */
const CONFIG_WRITES: Record<string, readonly string[] | "all"> = {
  Membership: "all",
  Organization: "all",
  ModelProvider: "all",
  Agent: "all",
  CustomTool: "all",
  Workflow: ["publishedVersion", "webhookSecret", "archivedAt"],
};

/** Whether a Prisma write (model, operation, args) may change cached configuration (the tenant-scope extension asks). */
export function writesConfig(model: string, operation: string, args: unknown): boolean {
  const fields = CONFIG_WRITES[model];
  if (!fields) return false;
  if (fields === "all" || !operation.startsWith("update")) return true;
  const { data } = (args ?? {}) as { data?: unknown };
  const written = Array.isArray(data) ? data : [data];
  return written.some((row) => row && typeof row === "object" && fields.some((field) => field in row));
}

/** An entry is reloaded after this long even if nothing was heard (a safety net, not the mechanism). */
const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;

type Entry = { value: unknown; storedAt: number };
type State = {
  /** Whether the LISTEN is in place: only then may an entry be served. */
  live: boolean;
  connecting: Promise<void> | null;
  /** Bumped by every change heard: a load that began before it is not stored. */
  generation: number;
  entries: Map<string, Entry>;
};
const globalForCache = globalThis as unknown as { switchboardConfigCache?: State };
const state: State = (globalForCache.switchboardConfigCache ??= {
  live: false,
  connecting: null,
  generation: 0,
  entries: new Map(),
});

const enabled = () => env().CONFIG_CACHE === "on";

/** Drops everything cached: configuration changed somewhere, or changes may have been missed. */
export function invalidateConfigCache(): void {
  state.generation += 1;
  state.entries.clear();
}

function goLive() {
  state.connecting ??= listen(CONFIG_CHANNEL, invalidateConfigCache)
    .then(() => {
      invalidateConfigCache();
      state.live = true;
    })
    .catch((error: unknown) => {
      console.error("configuration cache: cannot listen for changes, reading through:", error);
    })
    .finally(() => {
      state.connecting = null;
    });
}

onConnectionLoss(() => {
  state.live = false;
  invalidateConfigCache();
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Agency configuration read on every request (memberships, an agent with its provider), kept
 * in this process until the database says it changed. Every process LISTENs on
 * CONFIG_CHANNEL, which triggers notify on any write to those tables, and this process also
 * drops the cache when one of its own transactions that wrote them commits — so a change is
 * seen at once here and within a notification's delay elsewhere. While the LISTEN is not in
 * place (starting, or the connection dropped) every read goes to the database. Cached values
 * are frozen: callers share them. `CONFIG_CACHE=off` turns it off.
 */
export async function cachedConfig<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!enabled()) return load();
  if (!state.live) {
    goLive();
    return load();
  }
  const entry = state.entries.get(key);
  if (entry && performance.now() - entry.storedAt < MAX_AGE_MS) return entry.value as T;
  const generation = state.generation;
  const value = await load();
  if (state.live && state.generation === generation) {
    if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
    state.entries.set(key, { value: deepFreeze(value), storedAt: performance.now() });
  }
  return value;
}

/** Resolves once changes are being heard (tests, and warming a process up). */
export async function configCacheReady(): Promise<boolean> {
  if (!enabled()) return false;
  if (!state.live) {
    goLive();
    await state.connecting;
  }
  return state.live;
}
