import { withDatabase } from "@/server/db/admin-sql";

/** The bench's own database on DATABASE_URL's server, dropped and migrated afresh each run. */
export const BENCH_DATABASE = "switchboard_bench_editor";

export const adminUrl =
  process.env.BENCH_EDITOR_DATABASE_URL ??
  withDatabase(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", BENCH_DATABASE);

/** Steps in each workflow, the manual trigger included (the graph allows at most 1,000). */
export const SIZES = [100, 500, 1_000] as const;

/** Timed repetitions per size (each a fresh page: load, idle, pan, drag), after one untimed warm-up per size. */
export const REPETITIONS = 3;

/** Debian's Chromium, as the end-to-end suite uses it; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The end-to-end suite's Chromium flags (playwright.config.ts): no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A full-HD window: the canvas gets about 1,100 × 1,000 px beside the sidebar, palette and panel. */
export const VIEWPORT = { width: 1920, height: 1080 };

/**
 * The pointer gestures: press, move out and back (so the view and the node end where they
 * started) with one move a frame for `durationMs`, release. See `gesture` in measure.ts.
 */
export const GESTURE = {
  durationMs: 2_000,
  /** Furthest the pointer goes from where it pressed, in CSS pixels (less on a narrow canvas). */
  panReachPx: 300,
  dragReachPx: 200,
  /** Pointer resting over the start point before the button goes down. */
  settleMs: 300,
};

/** Frames recorded with no input after each load: what the machine delivers when the page is idle. */
export const IDLE_MS = 1_000;

/** Time to interactive needs the main thread free of long tasks this long after the nodes are in. */
export const QUIET_MS = 500;

/** With fewer nodes in the DOM than in the graph (onlyRenderVisibleElements), the count must hold this long. */
export const STABLE_MS = 1_000;

/** Long tasks are counted this long after a drag ends: the graph's check (250 ms) and autosave (1 s) after an edit. */
export const SETTLE_MS = 1_500;

/** A load slower than this fails the run; after a drag, the save status is awaited this long at most. */
export const LOAD_TIMEOUT_MS = 180_000;
export const SAVE_TIMEOUT_MS = 60_000;

/** A frame slower than this misses 50 fps. */
export const SLOW_FRAME_MS = 20;

/** The target: at least 50 frames per second at 500 nodes, while panning and dragging. */
export const TARGET = { nodes: 500, fps: 50 } as const;
