import { postgresTicks, TICKS_PER_SECOND } from "../shared/proc-cpu";

export type CpuMark = { bench: NodeJS.CpuUsage; postgres: Map<number, number> };

export const cpuMark = (): CpuMark => ({ bench: process.cpuUsage(), postgres: postgresTicks() });

/** CPU milliseconds since `mark`: this process (the in-process worker and the bench), and PostgreSQL. */
export function cpuMsSince(mark: CpuMark): { benchMs: number; postgresMs: number } {
  const bench = process.cpuUsage(mark.bench);
  let ticks = 0;
  // Backends that started since count from zero.
  for (const [pid, t] of postgresTicks()) ticks += t - (mark.postgres.get(pid) ?? 0);
  return { benchMs: (bench.user + bench.system) / 1000, postgresMs: (ticks * 1000) / TICKS_PER_SECOND };
}
