import { readFileSync } from "node:fs";
import os from "node:os";
import { postgresTicks, processTicks, TICKS_PER_SECOND } from "../shared/proc-cpu";

type Snapshot = {
  at: number;
  bench: NodeJS.CpuUsage;
  children: Record<string, number>;
  postgresTicks: Map<number, number>;
  machine: { busy: number; total: number };
};

/**
 * Where the CPU went during a level, in cores (CPU seconds per second): this process (the
 * in-process app and every client), each child process (the model server, the Next.js server),
 * every PostgreSQL process on the host (other databases' included), and the whole machine
 * (other people's work included).
 */
export type CpuUse = {
  benchProcessCores: number;
  childCores: Record<string, number>;
  postgresCores: number;
  machineCores: number;
  machineBusyShare: number;
};

function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]?.split(/\s+/).slice(1).map(Number) ?? [];
  const total = cpu.reduce((sum, n) => sum + n, 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  return { busy: total - idle, total };
}

/** CPU counters now; `children` names the child processes to follow, by pid. */
export function cpuSnapshot(children: Record<string, number>): Snapshot {
  return {
    at: performance.now(),
    bench: process.cpuUsage(),
    children: Object.fromEntries(Object.entries(children).map(([name, pid]) => [name, processTicks(pid)?.ticks ?? 0])),
    postgresTicks: postgresTicks(),
    machine: machineTicks(),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function cpuSince(start: Snapshot, children: Record<string, number>): CpuUse {
  const end = cpuSnapshot(children);
  const seconds = (end.at - start.at) / 1000;
  const bench = process.cpuUsage(start.bench);
  // Backends that started during the level count from zero.
  const postgres = [...end.postgresTicks].reduce((sum, [pid, t]) => sum + t - (start.postgresTicks.get(pid) ?? 0), 0);
  const cores = (ticks: number) => round(ticks / TICKS_PER_SECOND / seconds);
  const machineShare = (end.machine.busy - start.machine.busy) / (end.machine.total - start.machine.total);
  return {
    benchProcessCores: round((bench.user + bench.system) / 1e6 / seconds),
    childCores: Object.fromEntries(
      Object.keys(children).map((name) => [name, cores((end.children[name] ?? 0) - (start.children[name] ?? 0))]),
    ),
    postgresCores: cores(postgres),
    machineCores: round(machineShare * os.cpus().length),
    machineBusyShare: round(machineShare),
  };
}

/**
 * Follows the child processes' CPU time per path: snapshot when a timed batch starts, add the
 * difference when it ends. `take` returns milliseconds per child per path and starts over.
 */
export function childCpuByPath(children: Record<string, number>) {
  const totals = new Map<string, Record<string, number>>();
  let current: { path: string; at: Record<string, number> } | null = null;
  const ticks = () =>
    Object.fromEntries(Object.entries(children).map(([name, pid]) => [name, processTicks(pid)?.ticks ?? 0]));
  return {
    observer: {
      started: (path: string) => {
        current = { path, at: ticks() };
      },
      ended: () => {
        if (!current) return;
        const now = ticks();
        const sum = totals.get(current.path) ?? {};
        for (const name of Object.keys(children)) {
          sum[name] = (sum[name] ?? 0) + ((now[name] ?? 0) - (current.at[name] ?? 0)) * (1000 / TICKS_PER_SECOND);
        }
        totals.set(current.path, sum);
        current = null;
      },
    },
    take: (): Record<string, Record<string, number>> => {
      const result = Object.fromEntries(totals);
      totals.clear();
      return result;
    },
  };
}
