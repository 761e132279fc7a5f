import { isNodeType, nodeTypeMeta } from "@/lib/workflow/node-types";

export interface ConfigIssue {
  /** Dotted path in the config ("cases.0.label"); "" for the config as a whole. */
  path: string;
  message: string;
}

/** What the type's schema says is wrong with `config`, one entry per field; empty when it parses. */
export function configIssues(type: string, config: unknown): ConfigIssue[] {
  if (!isNodeType(type)) return [];
  const parsed = nodeTypeMeta(type).config.safeParse(config ?? {});
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/** Text typed as JSON, read: the value, or where it stops being JSON. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `This is not valid JSON: ${detail}` };
  }
}

/** A value as the config box shows it. */
export const formatJson = (value: unknown): string => JSON.stringify(value ?? {}, null, 2) ?? "{}";
