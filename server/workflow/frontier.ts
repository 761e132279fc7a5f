import type { TWorkflowEdge } from "@/lib/workflow/graph";
import type { GraphIndex } from "./graph-index";
import type { RunScope } from "./nodes/types";

/**
 * Where a run stands, worked out from its committed steps alone: which steps may run now,
 * which wait (approval, delay, a retry's backoff) and until when, and whether the run is over.
 * Pure, so the same steps always give the same answer — after a crash, a new worker reading the
 * same rows goes on exactly where the last commit left off. Skipped steps (a branch not taken)
 * are never written: they follow from the steps that were.
 *
 * A loop's body runs once per item, one iteration after another; a step inside it is keyed by
 * its frame, the iteration path ("2", or "2.0" in a nested loop). Top-level steps have frame "".
 */

export type StepStatus = "running" | "succeeded" | "failed" | "waiting";

/** The latest attempt of one node in one frame. */
export type StepRecord = {
  nodeId: string;
  frame: string;
  attempt: number;
  status: StepStatus;
  /** Output handles taken; null means every output of the node. */
  handles: string[] | null;
  output: unknown;
  error: string | null;
  /** Waiting: when it resumes by itself. Failed: when its retry is due (null: no retry left). */
  resumeAt: Date | null;
  /** A decision recorded on a waiting step (an approval): it resumes at once. */
  decided: boolean;
  finishedAt: Date | null;
};

export type ReadyStep = { nodeId: string; frame: string; attempt: number; resume: boolean };

export type Frontier = {
  ready: ReadyStep[];
  /** The earliest moment a waiting step or a retry is due, if any. */
  wakeAt: Date | null;
  waiting: number;
  running: number;
  /** A step failed for good with the run set to fail. */
  failed: { nodeId: string; frame: string; error: string } | null;
  done: boolean;
};

type Resolution = "active" | "dead" | "pending";
type NodeState = "pending" | "resolved";

const key = (nodeId: string, frame: string) => `${nodeId}@${frame}`;
const parentFrame = (frame: string, depth: number) => frame.split(".").slice(0, depth).join(".");
const childFrame = (frame: string, index: number) => (frame ? `${frame}.${index}` : String(index));

export class RunState {
  private readonly steps = new Map<string, StepRecord>();

  constructor(
    readonly index: GraphIndex,
    steps: Iterable<StepRecord>,
  ) {
    for (const step of steps) this.steps.set(key(step.nodeId, step.frame), step);
  }

  private onError(nodeId: string) {
    return this.index.nodes.get(nodeId)!.onError;
  }

  step(nodeId: string, frame: string): StepRecord | undefined {
    return this.steps.get(key(nodeId, frame));
  }

  /** Handles the finished step took, or null while it is not finished (failed-for-good included per its onError). */
  private takenHandles(step: StepRecord): string[] | "all" | null {
    if (step.status === "succeeded") return step.handles ?? "all";
    if (step.status !== "failed" || step.resumeAt) return null;
    const { mode } = this.onError(step.nodeId);
    if (mode === "continue") return "all";
    if (mode === "branch") return ["error"];
    return null;
  }

  /** The frame a node's step lives in, seen from a frame at depth ≥ its own. */
  private frameOf(nodeId: string, frame: string): string {
    return parentFrame(frame, this.index.nodes.get(nodeId)!.loops.length);
  }

  private edge(edge: TWorkflowEdge, frame: string): Resolution {
    const source = this.index.nodes.get(edge.source)!;
    const sourceFrame = this.frameOf(edge.source, frame);
    if (source.type === "loop" && edge.sourceHandle === "body") {
      // Into iteration i of the loop: open once the loop has its items and the previous iteration is over.
      const loopStep = this.step(edge.source, sourceFrame);
      if (!loopStep || loopStep.status !== "succeeded")
        return this.nodeState(edge.source, sourceFrame) === "resolved" ? "dead" : "pending";
      const iteration = Number(frame.split(".").at(-1));
      if (iteration >= this.count(edge.source, sourceFrame)) return "dead";
      if (iteration > 0 && !this.iterationDone(edge.source, sourceFrame, iteration - 1)) return "pending";
      return "active";
    }
    if (source.type === "loop" && edge.sourceHandle === "done") {
      const loopStep = this.step(edge.source, sourceFrame);
      if (!loopStep || loopStep.status !== "succeeded")
        return this.nodeState(edge.source, sourceFrame) === "resolved" ? "dead" : "pending";
      return this.loopDone(edge.source, sourceFrame) ? "active" : "pending";
    }
    const step = this.step(edge.source, sourceFrame);
    if (!step) return this.nodeState(edge.source, sourceFrame) === "resolved" ? "dead" : "pending";
    const taken = this.takenHandles(step);
    if (taken === null) return "pending";
    return taken === "all"
      ? edge.sourceHandle === "error"
        ? "dead"
        : "active"
      : taken.includes(edge.sourceHandle)
        ? "active"
        : "dead";
  }

  private count(loopId: string, frame: string): number {
    const output = this.step(loopId, frame)?.output as { count?: unknown } | undefined;
    return typeof output?.count === "number" ? output.count : 0;
  }

  private readonly resolving = new Map<string, NodeState>();

  /** Resolved: finished (whatever it did) or skipped; pending: may still run. */
  nodeState(nodeId: string, frame: string): NodeState {
    const cacheKey = key(nodeId, frame);
    const cached = this.resolving.get(cacheKey);
    if (cached) return cached;
    this.resolving.set(cacheKey, "pending"); // a cycle (only through a loop's continue, excluded) reads as pending
    const state = this.computeState(nodeId, frame);
    this.resolving.set(cacheKey, state);
    return state;
  }

  private computeState(nodeId: string, frame: string): NodeState {
    const step = this.step(nodeId, frame);
    if (step) {
      if (this.takenHandles(step) === null) return "pending";
      const entry = this.index.nodes.get(nodeId)!;
      if (entry.type === "loop" && step.status === "succeeded")
        return this.loopDone(nodeId, frame) ? "resolved" : "pending";
      return "resolved";
    }
    const inputs = this.inputStates(nodeId, frame);
    if (inputs.length === 0) return nodeId === this.index.trigger && frame === "" ? "pending" : "resolved";
    if (inputs.includes("pending")) return "pending";
    return inputs.includes("active") ? "pending" : "resolved";
  }

  private inputStates(nodeId: string, frame: string): Resolution[] {
    return this.index.nodes.get(nodeId)!.incoming.map((edge) => this.edge(edge, frame));
  }

  private mergeFirst(nodeId: string): boolean {
    const entry = this.index.nodes.get(nodeId)!;
    return entry.type === "merge" && (entry.config as { mode?: string }).mode === "first";
  }

  /** Whether a node with no step yet may run now in `frame`. */
  private canStart(nodeId: string, frame: string): boolean {
    const inputs = this.inputStates(nodeId, frame);
    if (inputs.length === 0) return nodeId === this.index.trigger && frame === "";
    if (this.mergeFirst(nodeId)) return inputs.includes("active");
    return !inputs.includes("pending") && inputs.includes("active");
  }

  private iterationDone(loopId: string, frame: string, iteration: number): boolean {
    const inner = childFrame(frame, iteration);
    for (const member of this.index.bodies.get(loopId) ?? []) {
      if (this.index.nodes.get(member)!.loops.length !== this.index.nodes.get(loopId)!.loops.length + 1) continue;
      if (this.nodeState(member, inner) !== "resolved") return false;
    }
    return true;
  }

  private loopDone(loopId: string, frame: string): boolean {
    const count = this.count(loopId, frame);
    for (let i = 0; i < count; i += 1) if (!this.iterationDone(loopId, frame, i)) return false;
    return true;
  }

  /** Every (node, frame) the run has reached so far: top level, then each started iteration. */
  private *places(): Generator<[string, string]> {
    const frames: [string[], string][] = [
      [[...this.index.nodes.keys()].filter((id) => this.index.nodes.get(id)!.loops.length === 0), ""],
    ];
    while (frames.length) {
      const [members, frame] = frames.pop()!;
      for (const nodeId of members) {
        yield [nodeId, frame];
        const entry = this.index.nodes.get(nodeId)!;
        if (entry.type !== "loop" || this.step(nodeId, frame)?.status !== "succeeded") continue;
        const depth = entry.loops.length + 1;
        const body = [...(this.index.bodies.get(nodeId) ?? [])].filter(
          (id) => this.index.nodes.get(id)!.loops.length === depth,
        );
        const count = this.count(nodeId, frame);
        for (let i = 0; i < count; i += 1) {
          frames.push([body, childFrame(frame, i)]);
          if (!this.iterationDone(nodeId, frame, i)) break;
        }
      }
    }
  }

  frontier(now: Date): Frontier {
    const ready: ReadyStep[] = [];
    let wakeAt: Date | null = null;
    let waiting = 0;
    let running = 0;
    let failed: Frontier["failed"] = null;
    const wake = (at: Date) => {
      if (!wakeAt || at < wakeAt) wakeAt = at;
    };
    for (const [nodeId, frame] of this.places()) {
      const step = this.step(nodeId, frame);
      if (!step) {
        if (this.canStart(nodeId, frame)) ready.push({ nodeId, frame, attempt: 1, resume: false });
        continue;
      }
      if (step.status === "running") {
        running += 1;
      } else if (step.status === "waiting") {
        if (step.decided || (step.resumeAt && step.resumeAt <= now))
          ready.push({ nodeId, frame, attempt: step.attempt, resume: true });
        else {
          waiting += 1;
          if (step.resumeAt) wake(step.resumeAt);
        }
      } else if (step.status === "failed") {
        if (step.resumeAt) {
          if (step.resumeAt <= now) ready.push({ nodeId, frame, attempt: step.attempt + 1, resume: false });
          else wake(step.resumeAt);
        } else if (this.onError(nodeId).mode === "fail") {
          failed ??= { nodeId, frame, error: step.error ?? "The step failed." };
        }
      }
    }
    const done = !failed && ready.length === 0 && waiting === 0 && running === 0 && wakeAt === null;
    return { ready, wakeAt, waiting, running, failed, done };
  }

  /** What expressions in `nodeId`'s config can read when it runs in `frame`. */
  scope(nodeId: string, frame: string, input: unknown): RunScope {
    const nodes: RunScope["nodes"] = {};
    const vars: Record<string, unknown> = { ...this.index.variables };
    const finished: StepRecord[] = [];
    for (const [id, entry] of this.index.nodes) {
      if (entry.loops.length > frame.split(".").filter(Boolean).length) continue;
      const step = this.step(id, this.frameOf(id, frame));
      if (!step || (step.status !== "succeeded" && step.status !== "failed")) continue;
      const output =
        entry.type === "loop" && step.status === "succeeded" && this.loopDone(id, this.frameOf(id, frame))
          ? { ...(step.output as object), results: this.loopResults(id, this.frameOf(id, frame)) }
          : step.status === "failed" && this.onError(id).mode === "continue"
            ? this.continueDefault(id)
            : step.output;
      nodes[id] = { output, status: step.status };
      finished.push(step);
    }
    for (const step of finished.sort((a, b) => (a.finishedAt?.getTime() ?? 0) - (b.finishedAt?.getTime() ?? 0))) {
      if (this.index.nodes.get(step.nodeId)!.type !== "set_variable" || step.status !== "succeeded") continue;
      const { name, value } = (step.output ?? {}) as { name?: unknown; value?: unknown };
      if (typeof name === "string") vars[name] = value;
    }
    const scope: RunScope = { nodes, input, vars };
    const loops = this.index.nodes.get(nodeId)?.loops ?? [];
    const innermost = loops.at(-1);
    if (innermost) {
      const index = Number(frame.split(".").at(-1));
      const items = (this.step(innermost, this.frameOf(innermost, frame))?.output as { items?: unknown[] } | undefined)
        ?.items;
      scope.index = index;
      scope.item = items?.[index];
    }
    return scope;
  }

  private continueDefault(nodeId: string): unknown {
    return this.index.nodes.get(nodeId)!.onError.default ?? null;
  }

  /** Per iteration, the output of the body's last steps (those that lead back to `continue`). */
  private loopResults(loopId: string, frame: string): unknown[] {
    const ends = this.index.nodes.get(loopId)!.loopBack.map((edge) => edge.source);
    const results: unknown[] = [];
    for (let i = 0; i < this.count(loopId, frame); i += 1) {
      const inner = childFrame(frame, i);
      const outputs = ends.map((end) => this.step(end, inner)?.output ?? null);
      results.push(outputs.length === 1 ? outputs[0] : outputs);
    }
    return results;
  }

  /** The run's result: the output step's value (several output steps give an object by node id). */
  output(): unknown {
    const values: Record<string, unknown> = {};
    for (const [id, entry] of this.index.nodes) {
      if (entry.type !== "output" || entry.loops.length) continue;
      const step = this.step(id, "");
      if (step?.status === "succeeded") values[id] = step.output;
    }
    const ids = Object.keys(values);
    return ids.length === 0 ? null : ids.length === 1 ? values[ids[0]!] : values;
  }
}
