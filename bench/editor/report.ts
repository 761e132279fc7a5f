import path from "node:path";
import type { CodeVersion } from "../shared/code";
import type { Host } from "../shared/host";
import { median } from "../shared/percentile";
import { writeResultsFile } from "../shared/results-file";
import { TARGET } from "./config";
import type { GestureResult, Repetition } from "./measure";

type Counted = { count: number; totalMs: number };
type Motion = {
  medianFps: number;
  p5Fps: number;
  slowShare: number;
  /** Frames per second in which the viewport (pan) or the node (drag) moved. */
  motionFramesPerSecond: number;
  longTasks: Counted;
};

/** One size, each figure the median of its repetitions' values. */
export type SizeSummary = {
  size: number;
  repetitions: number;
  nodesInDom: number;
  edgesInDom: number;
  /** Every repetition had every node and connection in the DOM. */
  complete: boolean;
  ttiMs: number;
  nodesReadyMs: number;
  draftResponseEndMs: number | null;
  loadLongTasks: Counted;
  idleMedianFps: number;
  pan: Motion;
  drag: Motion;
  afterDragLongTasks: Counted;
};

type Judged = "met" | "not met" | "not measured";

/**
 * The target at TARGET.nodes steps, per gesture: the median over repetitions of each one's
 * median frame rate (1000 / frame interval, with a pointer move in every frame).
 */
export type Verdict = { nodes: number; fps: number; pan: Judged; drag: Judged };

export type Results = {
  ranAt: string;
  code: CodeVersion;
  host: Host & { loadAverageAfter: number[] };
  browser: Record<string, unknown>;
  setup: Record<string, unknown>;
  workflows: { size: number; id: string; edges: number; columns: number; rows: number; dragNodeId: string }[];
  summary: SizeSummary[];
  target: Verdict;
  repetitions: Repetition[];
};

const mid = (values: number[]) => Math.round(median(values) * 100) / 100;

function motion(runs: GestureResult[]): Motion {
  return {
    medianFps: mid(runs.map((r) => r.frames.medianFps)),
    p5Fps: mid(runs.map((r) => r.frames.p5Fps)),
    slowShare: mid(runs.map((r) => r.frames.slowShare)),
    motionFramesPerSecond: mid(runs.map((r) => r.motionFramesPerSecond)),
    longTasks: { count: mid(runs.map((r) => r.longTasks.count)), totalMs: mid(runs.map((r) => r.longTasks.totalMs)) },
  };
}

export function summarize(size: number, runs: Repetition[]): SizeSummary {
  const draft = runs.map((r) => r.load.draftResponseEndMs).filter((ms): ms is number => ms !== null);
  return {
    size,
    repetitions: runs.length,
    nodesInDom: mid(runs.map((r) => r.load.nodesInDom)),
    edgesInDom: mid(runs.map((r) => r.load.edgesInDom)),
    complete: runs.every((r) => r.load.complete),
    ttiMs: mid(runs.map((r) => r.load.interactiveMs)),
    nodesReadyMs: mid(runs.map((r) => r.load.nodesReadyMs)),
    draftResponseEndMs: draft.length ? mid(draft) : null,
    loadLongTasks: {
      count: mid(runs.map((r) => r.load.longTasks.count)),
      totalMs: mid(runs.map((r) => r.load.longTasks.totalMs)),
    },
    idleMedianFps: mid(runs.map((r) => r.idle.frames.medianFps)),
    pan: motion(runs.map((r) => r.pan)),
    drag: motion(runs.map((r) => r.drag)),
    afterDragLongTasks: {
      count: mid(runs.map((r) => r.afterDrag.longTasks.count)),
      totalMs: mid(runs.map((r) => r.afterDrag.longTasks.totalMs)),
    },
  };
}

export function targetVerdict(summary: SizeSummary[]): Verdict {
  const at = summary.find((s) => s.size === TARGET.nodes);
  const judge = (m: Motion | undefined): Judged =>
    !m ? "not measured" : m.medianFps >= TARGET.fps ? "met" : "not met";
  return { nodes: TARGET.nodes, fps: TARGET.fps, pan: judge(at?.pan), drag: judge(at?.drag) };
}

const n = (value: number, places = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString("en-US", { minimumFractionDigits: places, maximumFractionDigits: places })
    : "–";
const share = (value: number) => `${n(value * 100)} %`;
const tasks = (c: Counted) => `${n(c.count)} / ${n(c.totalMs)}`;

const row = (cells: string[]) => `| ${cells.join(" | ")} |`;

/** Time to interactive per size, as bench/README.md shows it. */
export function loadTable(summary: SizeSummary[]): string {
  return [
    "| Steps | In the DOM (steps / connections) | Draft received ms | Steps shown ms | **TTI ms** | Long tasks to TTI (n / ms) | Idle fps |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...summary.map((s) =>
      row([
        n(s.size),
        `${n(s.nodesInDom)} / ${n(s.edgesInDom)}`,
        s.draftResponseEndMs === null ? "–" : n(s.draftResponseEndMs),
        n(s.nodesReadyMs),
        `**${n(s.ttiMs)}**`,
        tasks(s.loadLongTasks),
        n(s.idleMedianFps, 1),
      ]),
    ),
  ].join("\n");
}

/** Frames while panning and dragging, per size, as bench/README.md shows them. */
export function motionTable(summary: SizeSummary[]): string {
  return [
    "| Steps | Gesture | **fps p50** | fps p5 | Frames > 20 ms | Frames with motion /s | Long tasks (n / ms) |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ...summary.flatMap((s) =>
      (["pan", "drag"] as const).map((gesture) => {
        const m = s[gesture];
        return row([
          n(s.size),
          gesture,
          `**${n(m.medianFps, 1)}**`,
          n(m.p5Fps, 1),
          share(m.slowShare),
          n(m.motionFramesPerSecond, 1),
          tasks(m.longTasks),
        ]);
      }),
    ),
  ].join("\n");
}

/** Writes `bench/editor/results/<YYYY-MM-DD><label>.json`, Prettier-formatted; returns its path. */
export function writeResults(results: Results, label: string): Promise<string> {
  return writeResultsFile(
    path.resolve(import.meta.dirname, "results"),
    `${results.ranAt.slice(0, 10)}${label}`,
    results,
  );
}
