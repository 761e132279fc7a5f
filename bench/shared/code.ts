import { execFileSync } from "node:child_process";

export type CodeVersion = { commit: string; uncommitted: string[] };

/** The commit measured, and which files under `paths` differed from it (read-only git calls). */
export function describeCode(paths: readonly string[]): CodeVersion {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  try {
    const status = git("status", "--porcelain", "--", ...paths);
    return { commit: git("rev-parse", "HEAD"), uncommitted: status ? status.split("\n").map((l) => l.trim()) : [] };
  } catch {
    return { commit: "unknown (not a git checkout)", uncommitted: [] };
  }
}
