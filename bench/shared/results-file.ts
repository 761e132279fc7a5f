import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { format, resolveConfig } from "prettier";

/** Writes `results` as Prettier-formatted JSON to `<dir>/<name>.json` and returns the file's path. */
export async function writeResultsFile(dir: string, name: string, results: unknown): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(JSON.stringify(results), { ...options, filepath: file }), "utf8");
  return file;
}
