import { WORKFLOW_TEMPLATES, type WorkflowTemplate } from "./templates";

/**
 * Text as it is compared: lower case, accents, apostrophes and punctuation gone, words separated
 * by single spaces. "Weekly client report." and "weekly  CLIENT report" read the same.
 */
export function normalizeDescription(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Word-level edit distance (insert, delete, replace a word), stopping early once past `limit`. */
function wordDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Words of a template's description that may differ (a typo, a dropped "the"): one in ten. */
const toleratedEdits = (words: number) => Math.floor(words / 10);

/**
 * The template whose own description (or name) `text` is, for the offline model, which cannot
 * read free text. The name must match exactly once normalised; the description may differ by a
 * word in ten (typos, a missing article). Null when nothing is that close.
 */
export function matchTemplateDescription(
  text: string,
  templates: readonly WorkflowTemplate[] = WORKFLOW_TEMPLATES,
): WorkflowTemplate | null {
  const wanted = normalizeDescription(text);
  if (!wanted) return null;
  const byName = templates.find((template) => normalizeDescription(template.name) === wanted);
  if (byName) return byName;
  const words = wanted.split(" ");
  let best: { template: WorkflowTemplate; distance: number } | null = null;
  for (const template of templates) {
    const own = normalizeDescription(template.description).split(" ");
    const limit = toleratedEdits(own.length);
    const distance = wordDistance(words, own, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { template, distance };
  }
  return best?.template ?? null;
}
