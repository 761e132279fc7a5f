import { readdirSync, readFileSync } from "node:fs";

/** Linux clock ticks per second (USER_HZ), which /proc reports CPU time in. */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process in ticks, or undefined when it is gone or unreadable. */
function processTicks(pid: number | string): { name: string; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return {
      name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return undefined;
  }
}

/** CPU time of every PostgreSQL process on the host (other databases' included), by pid. */
function postgresTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const proc = processTicks(entry);
    if (proc?.name === "postgres") ticks.set(entry, proc.ticks);
  }
  return ticks;
}

export type CpuMark = { bench: NodeJS.CpuUsage; postgres: Map<string, number> };

export const cpuMark = (): CpuMark => ({ bench: process.cpuUsage(), postgres: postgresTicks() });

/** CPU milliseconds since `mark`: this process (the in-process worker and the bench), and PostgreSQL. */
export function cpuMsSince(mark: CpuMark): { benchMs: number; postgresMs: number } {
  const bench = process.cpuUsage(mark.bench);
  let ticks = 0;
  // Backends that started since count from zero.
  for (const [pid, t] of postgresTicks()) ticks += t - (mark.postgres.get(pid) ?? 0);
  return { benchMs: (bench.user + bench.system) / 1000, postgresMs: (ticks * 1000) / TICKS_PER_SECOND };
}
