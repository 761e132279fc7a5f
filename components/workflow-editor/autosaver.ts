import { type TWorkflowGraph } from "@/lib/workflow/graph";

/** Someone else saved first: their revision, and the server's words about who and when. */
export interface SaveConflict {
  revision: number;
  message: string;
}

export type SaveState =
  | { status: "saved" }
  | { status: "unsaved" }
  | { status: "saving" }
  | ({ status: "conflict" } & SaveConflict)
  | { status: "error"; message: string };

export interface AutosaverOptions {
  /** The graph as saved at `revision`, as the editor opened it. */
  graph: TWorkflowGraph;
  revision: number;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Saves with compare-and-set on `baseRevision`; resolves with the new revision. */
  save: (graph: TWorkflowGraph, baseRevision: number) => Promise<{ revision: number }>;
  /** The conflict a failed save reports, or null when it failed for another reason. */
  conflictOf: (error: unknown) => SaveConflict | null;
  messageOf: (error: unknown) => string;
  onSaved?: (graph: TWorkflowGraph, revision: number) => void;
}

export const AUTOSAVE_DELAY_MS = 1_000;

/**
 * Saves the draft a second after the last change, one save at a time, each based on the
 * revision the last one produced. A save refused because someone else saved first stops
 * autosaving until the person chooses: take their version or save theirs over with their own.
 * Nothing is ever overwritten without that choice.
 */
export class Autosaver {
  #options: AutosaverOptions;
  #state: SaveState = { status: "saved" };
  #listeners = new Set<() => void>();
  #revision: number;
  #savedJson: string;
  #latest: TWorkflowGraph;
  #latestJson: string;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight = false;

  constructor(options: AutosaverOptions) {
    this.#options = options;
    this.#revision = options.revision;
    this.#latest = options.graph;
    this.#latestJson = this.#savedJson = JSON.stringify(options.graph);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): SaveState => this.#state;

  /** The revision the next save is based on. */
  get revision(): number {
    return this.#revision;
  }

  hasUnsavedChanges(): boolean {
    return this.#inFlight || this.#latestJson !== this.#savedJson;
  }

  /** The editor's committed graph changed. */
  update(graph: TWorkflowGraph): void {
    if (graph === this.#latest) return;
    this.#latest = graph;
    this.#latestJson = JSON.stringify(graph);
    this.#refresh();
  }

  /** Saves now (the delay skipped) if there is something to save and nothing stands in the way. */
  async flush(): Promise<void> {
    this.#clearTimer();
    if (this.#inFlight || this.#state.status === "conflict") return;
    if (this.#latestJson === this.#savedJson) {
      this.#set({ status: "saved" });
      return;
    }
    const graph = this.#latest;
    const json = this.#latestJson;
    this.#inFlight = true;
    this.#set({ status: "saving" });
    try {
      const { revision } = await this.#options.save(graph, this.#revision);
      this.#revision = revision;
      this.#savedJson = json;
      this.#inFlight = false;
      this.#options.onSaved?.(graph, revision);
      this.#refresh();
    } catch (error) {
      this.#inFlight = false;
      const conflict = this.#options.conflictOf(error);
      this.#set(
        conflict ? { status: "conflict", ...conflict } : { status: "error", message: this.#options.messageOf(error) },
      );
    }
  }

  /** After a conflict: save this editor's graph on top of the revision that won. */
  keepMine(): Promise<void> {
    if (this.#state.status !== "conflict") return Promise.resolve();
    this.#revision = this.#state.revision;
    this.#set({ status: "unsaved" });
    return this.flush();
  }

  /**
   * After a conflict: the editor takes `graph`, saved at `revision`, and goes on from there.
   * Call before the editor shows it, so showing it is not mistaken for a change to save.
   */
  acceptTheirs(graph: TWorkflowGraph, revision: number): void {
    this.#clearTimer();
    this.#revision = revision;
    this.#latest = graph;
    this.#latestJson = this.#savedJson = JSON.stringify(graph);
    this.#set({ status: "saved" });
  }

  /** Stops a pending save (the editor is going away); `flush` first to keep the change. */
  pause(): void {
    this.#clearTimer();
  }

  #refresh(): void {
    if (this.#state.status === "conflict") return;
    if (this.#inFlight) {
      this.#set({ status: "saving" });
      return;
    }
    if (this.#latestJson === this.#savedJson) {
      this.#clearTimer();
      this.#set({ status: "saved" });
      return;
    }
    this.#set({ status: "unsaved" });
    this.#clearTimer();
    this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #set(state: SaveState): void {
    const current = this.#state;
    if (current.status === state.status && JSON.stringify(current) === JSON.stringify(state)) return;
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
