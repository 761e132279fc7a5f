import { NODE_ID_PATTERN } from "@/lib/workflow/graph";

const MAX_ID = 40;
const MAX_EDGE_ID = 200;

/** A slug a new step's id starts from: the type's own name, `trigger` for every trigger. */
export function nodeIdBase(type: string): string {
  const base = type.startsWith("trigger.") ? "trigger" : type;
  return slug(base);
}

/** Lower-case letters, digits and _, starting with a letter: what `NODE_ID_PATTERN` allows. */
function slug(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_$/, "");
  return (cleaned || "step").slice(0, MAX_ID);
}

/**
 * An id for a new step that no step in `taken` has: `base` itself when free, else `base_2`,
 * `base_3`… A trailing `_<n>` on `base` is dropped first, so copying `llm_2` gives `llm_3`.
 */
export function uniqueNodeId(base: string, taken: ReadonlySet<string>): string {
  const stem = slug(base).replace(/_\d+$/, "") || "step";
  if (!taken.has(stem) && NODE_ID_PATTERN.test(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const id = `${stem.slice(0, MAX_ID - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** An id for a new connection: `source-target`, with the handles when they are not the plain ones. */
export function uniqueEdgeId(
  edge: { source: string; sourceHandle: string; target: string; targetHandle: string },
  taken: ReadonlySet<string>,
): string {
  const from = edge.sourceHandle === "out" ? edge.source : `${edge.source}.${edge.sourceHandle}`;
  const to = edge.targetHandle === "in" ? edge.target : `${edge.target}.${edge.targetHandle}`;
  const base = `${from}-${to}`.slice(0, MAX_EDGE_ID - 8);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
