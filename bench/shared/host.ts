import os from "node:os";

export type Host = { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverage: number[] };

/** The machine a bench ran on, with its load average now (1, 5 and 15 minutes). */
export function describeHost(): Host {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
