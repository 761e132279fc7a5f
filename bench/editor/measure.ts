import { setTimeout as sleep } from "node:timers/promises";
import type { BrowserContext, Page } from "@playwright/test";
import { GESTURE, IDLE_MS, LOAD_TIMEOUT_MS, QUIET_MS, SAVE_TIMEOUT_MS, SETTLE_MS, STABLE_MS } from "./config";
import type { BenchWorkflow } from "./fixture";
import { frameStats, intervalsOf, longTaskStats, type FrameStats, type LongTaskStats } from "./frames";
import {
  emptyCanvasPoint,
  longTasksSince,
  moveAlong,
  SAVE_STATUS,
  START_FRAMES,
  STOP_FRAMES,
  waitForInteractive,
  type FrameProbe,
  type LoadProbe,
  type LongTask,
  type MoveProbe,
} from "./page-probe";

type Point = { x: number; y: number };
type Box = Point & { width: number; height: number };

export type LoadResult = Omit<LoadProbe, "longTasks" | "states"> & {
  longTasks: LongTaskStats;
  states: LoadProbe["states"];
};

/** Frames recorded over a stretch, with its long tasks; `intervalsMs` are the raw samples. */
export type FramesResult = {
  durationMs: number;
  frames: FrameStats;
  longTasks: LongTaskStats;
  intervalsMs: number[];
};

export type GestureResult = FramesResult & {
  /** Moves dispatched (one a frame), and frames in which the moved element's transform changed, per second. */
  moves: number;
  motionFramesPerSecond: number;
  from: Point;
  reach: Point;
};

export type Repetition = {
  size: number;
  repetition: number;
  load: LoadResult;
  /** The canvas's box in the window, CSS pixels. */
  canvas: Box;
  idle: FramesResult;
  pan: GestureResult;
  drag: GestureResult & { nodeId: string };
  /**
   * Long tasks in the SETTLE_MS after the node is released (the graph is checked again 250 ms
   * after an edit; a changed graph is saved 1 s after), and the save status once it has passed.
   */
  afterDrag: { status: string | null; longTasks: LongTaskStats };
};

const round2 = (n: number) => Math.round(n * 100) / 100;

function framesResult(probe: FrameProbe): FramesResult {
  const intervals = intervalsOf(probe.frames);
  return {
    durationMs: round2(probe.endMs - probe.startMs),
    frames: frameStats(intervals),
    longTasks: longTaskStats(probe.longTasks),
    intervalsMs: intervals.map(round2),
  };
}

/**
 * Presses the real mouse button at `from`; moves the pointer out to `from + reach` and back over
 * GESTURE.durationMs, one move a frame, dispatched in the page (see below); releases the button
 * at `from`. Returns the frames recorded from just before the press to the release, and when the
 * button was released (this process's clock and the page's). Throws if `watch` never moved.
 *
 * Why the moves come from the page: `page.mouse.move` from this process could not put one move
 * in every frame. Awaited, each waits for the page to handle the last, so moves arrive slower
 * than frames and idle frames come between them (on this VM a page doing nothing handled 35–45
 * a second, and one spending 25 ms a move still showed 60 fps at p50). Sent without waiting,
 * Chromium coalesced them unevenly (of 250, 500 and 1,000 sent over 2 s, 130, 19 and 237 were
 * handled). A move in every frame makes each frame interval the cost of handling one move and
 * drawing it.
 */
async function gesture(
  page: Page,
  from: Point,
  reach: Point,
  watch: string,
): Promise<{ result: GestureResult; releasedAt: number; releasedPageMs: number }> {
  await page.mouse.move(from.x, from.y);
  await sleep(GESTURE.settleMs);
  await page.evaluate(START_FRAMES);
  await page.mouse.down();
  const moved = await page.evaluate<MoveProbe>(moveAlong({ from, reach, durationMs: GESTURE.durationMs, watch }));
  await page.mouse.up();
  const releasedAt = performance.now();
  const probe = await page.evaluate<FrameProbe>(STOP_FRAMES);
  if (!moved.moved) throw new Error(`the gesture did not move ${watch}: ${JSON.stringify(moved)}`);
  return {
    result: {
      ...framesResult(probe),
      moves: moved.moves,
      motionFramesPerSecond: round2((moved.motionFrames * 1000) / moved.durationMs),
      from,
      reach,
    },
    releasedAt,
    releasedPageMs: probe.endMs,
  };
}

/** Opens the editor in a new page and waits for time to interactive. */
async function load(context: BrowserContext, workflow: BenchWorkflow): Promise<{ page: Page; load: LoadResult }> {
  const page = await context.newPage();
  await page.goto(`/workflows/${workflow.id}/edit`, { waitUntil: "domcontentloaded", timeout: LOAD_TIMEOUT_MS });
  if (!new URL(page.url()).pathname.endsWith("/edit")) {
    throw new Error(`opening the ${workflow.size}-step workflow's editor ended at ${page.url()} (signed out?)`);
  }
  const probe = await page.evaluate<LoadProbe>(
    waitForInteractive({
      nodes: workflow.graph.nodes.length,
      edges: workflow.graph.edges.length,
      stableMs: STABLE_MS,
      quietMs: QUIET_MS,
      timeoutMs: LOAD_TIMEOUT_MS,
    }),
  );
  const at = (ms: number) => round2(ms);
  return {
    page,
    load: {
      ...probe,
      nodesReadyMs: at(probe.nodesReadyMs),
      interactiveMs: at(probe.interactiveMs),
      responseEndMs: at(probe.responseEndMs),
      domContentLoadedMs: at(probe.domContentLoadedMs),
      loadEventMs: at(probe.loadEventMs),
      draftResponseEndMs: probe.draftResponseEndMs === null ? null : at(probe.draftResponseEndMs),
      longTasks: longTaskStats(probe.longTasks),
      states: probe.states.map((s) => ({ ...s, at: at(s.at) })),
    },
  };
}

/** Polls the save status until it reads "Saved"; returns the last status seen. */
async function waitForSaved(page: Page): Promise<string | null> {
  const deadline = performance.now() + SAVE_TIMEOUT_MS;
  let status: string | null = null;
  while (performance.now() < deadline) {
    status = await page.evaluate<string | null>(SAVE_STATUS);
    if (status === "Saved") return status;
    await sleep(100);
  }
  return status;
}

/** The warm-up: one load to interactive, nothing recorded. */
export async function warmUp(context: BrowserContext, workflow: BenchWorkflow): Promise<void> {
  const { page } = await load(context, workflow);
  await page.close();
}

/**
 * One repetition on a fresh page: load to interactive, IDLE_MS of frames with no input, a pan
 * across the empty canvas, then a drag of one step near the middle, and the wait for its save.
 */
export async function measureRepetition(
  context: BrowserContext,
  workflow: BenchWorkflow,
  repetition: number,
): Promise<Repetition> {
  const opened = await load(context, workflow);
  const page = opened.page;
  try {
    await page.evaluate(START_FRAMES);
    await sleep(IDLE_MS);
    const idle = framesResult(await page.evaluate<FrameProbe>(STOP_FRAMES));

    const panReach = GESTURE.panReachPx;
    const found = await page.evaluate<{ point: Point | null; canvas: Box } | null>(emptyCanvasPoint(panReach));
    if (!found?.point) throw new Error(`no empty spot on the canvas to pan from (${workflow.size} steps)`);
    const canvas = found.canvas;
    const pan = await gesture(
      page,
      found.point,
      { x: Math.min(panReach, canvas.width / 3), y: Math.min(panReach / 4, canvas.height / 8) },
      ".react-flow__viewport",
    );

    const node = `[data-testid="rf__node-${workflow.dragNodeId}"]`;
    const box = await page.locator(node).boundingBox();
    if (!box) throw new Error(`step ${workflow.dragNodeId} is not on screen to drag (${workflow.size} steps)`);
    const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const dragReach = Math.min(GESTURE.dragReachPx, canvas.width / 4);
    const drag = await gesture(page, center, { x: dragReach, y: dragReach / 2 }, node);

    const settled = drag.releasedAt + SETTLE_MS - performance.now();
    if (settled > 0) await sleep(settled);
    const after = await page.evaluate<{ nowMs: number; longTasks: LongTask[] }>(longTasksSince(drag.releasedPageMs));
    // A save still going would land in the next repetition's load.
    const status = await waitForSaved(page);
    return {
      size: workflow.size,
      repetition,
      load: opened.load,
      canvas,
      idle,
      pan: pan.result,
      drag: { ...drag.result, nodeId: workflow.dragNodeId },
      afterDrag: { status, longTasks: longTaskStats(after.longTasks) },
    };
  } finally {
    await page.close();
  }
}
