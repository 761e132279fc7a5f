import { readdirSync, readFileSync } from "node:fs";

/** Linux clock ticks per second (USER_HZ), which /proc reports CPU time in. */
export const TICKS_PER_SECOND = 100;

/** utime + stime of a process in ticks, or undefined when it is gone or unreadable. */
export function processTicks(pid: number | string): { name: string; ticks: number } | undefined {
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

/** CPU ticks of every PostgreSQL process on the host (other databases' included), by pid. */
export function postgresTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const proc = processTicks(entry);
    if (proc?.name === "postgres") ticks.set(Number(entry), proc.ticks);
  }
  return ticks;
}
