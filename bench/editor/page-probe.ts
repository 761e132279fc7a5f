/**
 * What runs inside the page. Plain JavaScript in strings, not functions: Playwright sends a
 * function as its source text, and tsx compiles with esbuild's keepNames, which would put
 * `__name(…)` calls the page does not have into that text.
 */

/** One long task (Long Tasks API): a main-thread task of 50 ms or more, in page time (ms since navigation start). */
export type LongTask = { start: number; duration: number };

/** What the editor page looked like at time to interactive. */
export type LoadProbe = {
  /** First frame in which the nodes counted were all in the DOM and measured (React Flow shows a node once measured). */
  nodesReadyMs: number;
  /** End of the last long task before a quiet window, or `nodesReadyMs` if none came after it. */
  interactiveMs: number;
  nodesInDom: number;
  edgesInDom: number;
  /** Every node and connection of the graph was in the DOM (false when only visible ones are rendered). */
  complete: boolean;
  /** Navigation timing and the `workflows.get` request that brings the draft, ms since navigation start. */
  responseEndMs: number;
  domContentLoadedMs: number;
  loadEventMs: number;
  draftResponseEndMs: number | null;
  /** Long tasks from navigation start to time to interactive. */
  longTasks: LongTask[];
  /** React Flow's viewport transform at that point (its translate and the zoom fitView chose). */
  viewportTransform: string | null;
  /** Distinct (nodes, connections, still hidden) states the watcher saw, in page time. */
  states: { at: number; nodes: number; edges: number; hidden: number }[];
};

/** rAF timestamps and long tasks between `startFrames()` and `stopFrames()`. */
export type FrameProbe = { startMs: number; endMs: number; frames: number[]; longTasks: LongTask[] };

/** What `moveAlong` did: moves dispatched (one a frame), and frames in which the watched element moved. */
export type MoveProbe = { moves: number; motionFrames: number; durationMs: number; moved: boolean };

/**
 * Installed on the browser context, so it runs in every page before the app's scripts. It
 * collects long tasks from navigation start, and, on an editor page, watches from the first
 * frame how many nodes and connections React Flow has put in the DOM and how many it still
 * hides (unmeasured), recording each change with its frame's time. The watcher stops once
 * `waitForInteractive` has its answer, so it costs nothing while frames are measured. It also
 * defines the frame recorder and the pointer moves of the gestures.
 */
export const INIT_SCRIPT = String.raw`(() => {
  if (window.top !== window || window.__editorBench) return;
  const bench = { longTasks: [], states: [], watching: false, session: null };
  window.__editorBench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (error) {
    bench.longTaskError = String(error);
  }

  bench.startFrames = () => {
    const session = { startMs: performance.now(), endMs: null, frames: [], recording: true };
    bench.session = session;
    const record = (timestamp) => {
      if (!session.recording) return;
      session.frames.push(timestamp);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  };
  bench.stopFrames = async () => {
    const session = bench.session;
    session.recording = false;
    session.endMs = performance.now();
    // Long-task entries arrive in a later task; give the last one time to land.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const longTasks = bench.longTasks.filter(
      (task) => task.start + task.duration > session.startMs && task.start < session.endMs,
    );
    return { startMs: session.startMs, endMs: session.endMs, frames: session.frames, longTasks };
  };

  // With the button already down: one pointermove and mousemove per frame along the path out
  // to from + reach and back, for durationMs, on the element under each point, as a mouse
  // would; counts the frames in which the watched element's transform changed.
  bench.moveAlong = (options) =>
    new Promise((resolve) => {
      const watched = () => {
        const element = document.querySelector(options.watch);
        return element ? element.style.transform : null;
      };
      let before = watched();
      const initial = before;
      let moves = 0;
      let motionFrames = 0;
      let startedAt = null;
      const step = (timestamp) => {
        const now = watched();
        if (now !== before) motionFrames += 1;
        before = now;
        if (startedAt === null) startedAt = timestamp;
        const done = timestamp - startedAt >= options.durationMs;
        const progress = done ? 1 : (timestamp - startedAt) / options.durationMs;
        const out = 1 - Math.abs(1 - 2 * progress);
        const x = options.from.x + options.reach.x * out;
        const y = options.from.y + options.reach.y * out;
        const target = document.elementFromPoint(x, y) || document.body;
        const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: x, clientY: y, screenX: x, screenY: y, button: 0, buttons: 1 };
        target.dispatchEvent(new PointerEvent("pointermove", { ...init, pointerId: 1, pointerType: "mouse", isPrimary: true }));
        target.dispatchEvent(new MouseEvent("mousemove", init));
        moves += 1;
        if (!done) {
          requestAnimationFrame(step);
          return;
        }
        // The last move's picture: one more frame.
        requestAnimationFrame(() => {
          if (watched() !== before) motionFrames += 1;
          resolve({ moves, motionFrames, durationMs: performance.now() - startedAt, moved: initial !== null && motionFrames > 0 });
        });
      };
      requestAnimationFrame(step);
    });

  bench.longTasksSince = async (fromMs) => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const nowMs = performance.now();
    return { nowMs, longTasks: bench.longTasks.filter((task) => task.start + task.duration > fromMs) };
  };

  if (!/\/workflows\/[^/]+\/edit\/?$/.test(location.pathname)) return;
  const nodes = document.getElementsByClassName("react-flow__node");
  const edges = document.getElementsByClassName("react-flow__edge");
  let last = "";
  bench.watching = true;
  const watch = () => {
    if (!bench.watching) return;
    const count = nodes.length;
    let hidden = 0;
    for (let i = 0; i < count; i += 1) if (nodes[i].style.visibility === "hidden") hidden += 1;
    const key = count + "/" + edges.length + "/" + hidden;
    if (key !== last) {
      last = key;
      bench.states.push({ at: performance.now(), nodes: count, edges: edges.length, hidden });
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;

export type InteractiveOptions = {
  nodes: number;
  edges: number;
  stableMs: number;
  quietMs: number;
  timeoutMs: number;
};

/**
 * An expression that resolves once the editor is interactive: (1) the watcher's latest state
 * has every node of the graph and every connection in the DOM with none hidden, or, when React
 * Flow renders fewer (onlyRenderVisibleElements), any state with nodes and none hidden that held
 * for `stableMs`; (2) then `quietMs` pass with no long task. Time to interactive is the end of
 * the last long task before that quiet window, or the frame of (1) if none came after it.
 */
export function waitForInteractive(options: InteractiveOptions): string {
  return String.raw`(async (options) => {
  const bench = window.__editorBench;
  if (!bench) throw new Error("the bench's init script did not run in this page");
  const started = performance.now();
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const late = (what) => {
    if (performance.now() - started > options.timeoutMs)
      throw new Error("timed out waiting for " + what + "; last state " + JSON.stringify(bench.states[bench.states.length - 1] ?? null));
  };
  let ready = null;
  for (;;) {
    const state = bench.states[bench.states.length - 1];
    if (state && state.nodes > 0 && state.hidden === 0) {
      const complete = state.nodes === options.nodes && state.edges === options.edges;
      if (complete || performance.now() - state.at >= options.stableMs) {
        ready = { ...state, complete };
        break;
      }
    }
    late("the nodes");
    await sleep(50);
  }
  bench.watching = false;
  let interactiveMs;
  for (;;) {
    const busyUntil = bench.longTasks.reduce((end, task) => Math.max(end, task.start + task.duration), ready.at);
    if (performance.now() - busyUntil >= options.quietMs) {
      interactiveMs = busyUntil;
      break;
    }
    late("a quiet main thread");
    await sleep(50);
  }
  const navigation = performance.getEntriesByType("navigation")[0];
  const draft = performance.getEntriesByType("resource").find((entry) => entry.name.includes("workflows.get"));
  const viewport = document.querySelector(".react-flow__viewport");
  return {
    nodesReadyMs: ready.at,
    interactiveMs,
    nodesInDom: ready.nodes,
    edgesInDom: ready.edges,
    complete: ready.complete,
    responseEndMs: navigation ? navigation.responseEnd : -1,
    domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : -1,
    loadEventMs: navigation ? navigation.loadEventEnd : -1,
    draftResponseEndMs: draft ? draft.responseEnd : null,
    longTasks: bench.longTasks.filter((task) => task.start < interactiveMs),
    viewportTransform: viewport ? viewport.style.transform : null,
    states: bench.states,
  };
})(${JSON.stringify(options)})`;
}

export const START_FRAMES = "window.__editorBench.startFrames()";

export type MoveOptions = {
  from: { x: number; y: number };
  reach: { x: number; y: number };
  durationMs: number;
  /** CSS selector of the element whose transform the gesture moves (the viewport, the node). */
  watch: string;
};

export const moveAlong = (options: MoveOptions) => `window.__editorBench.moveAlong(${JSON.stringify(options)})`;

/** Long tasks that ended after `fromMs` (page time), and the page's time now. */
export const longTasksSince = (fromMs: number) => `window.__editorBench.longTasksSince(${JSON.stringify(fromMs)})`;
export const STOP_FRAMES = "window.__editorBench.stopFrames()";

/** The save status's text ("Saved", "Saving…", "Unsaved changes", …), or null when it is not on the page. */
export const SAVE_STATUS = `document.querySelector('[role="status"][aria-label="Save status"]')?.textContent?.trim() ?? null`;

/**
 * An expression giving a point on the empty canvas (no node, connection, handle or panel under
 * it) with `reach` pixels of canvas to its right, searched from the canvas's vertical middle
 * outwards; and the canvas's box. The point is null when no empty spot is found.
 */
export function emptyCanvasPoint(reach: number): string {
  return String.raw`((reach) => {
  const canvas = document.querySelector('[data-testid="workflow-canvas"]');
  if (!canvas) return null;
  const box = canvas.getBoundingClientRect();
  const empty = (x, y) => {
    const element = document.elementFromPoint(x, y);
    return Boolean(
      element &&
        element.closest(".react-flow") &&
        !element.closest(".react-flow__node, .react-flow__edge, .react-flow__handle, .react-flow__panel"),
    );
  };
  const middle = box.top + box.height / 2;
  let point = null;
  for (let dy = 0; dy < box.height / 2 - 40 && !point; dy += 8) {
    for (const y of [middle - dy, middle + dy]) {
      for (let x = box.left + 40; x < box.right - 40 - reach && !point; x += 8) if (empty(x, y)) point = { x, y };
      if (point) break;
    }
  }
  return { point, canvas: { x: box.left, y: box.top, width: box.width, height: box.height } };
})(${JSON.stringify(reach)})`;
}
