/** `nodes.<id>` and `` nodes.`<id>` `` as expressions write a step's output path. */
const REFERENCE = /\bnodes\.(`?)([a-z][a-z0-9_]*)\1(?![a-z0-9_])/g;

/**
 * `value` (a step's config) with references to renamed steps pointing at their new ids: when
 * steps are copied together, a copy that read another copied step's output reads that step's
 * copy. Every text in the config is rewritten, expressions and templates alike; references to
 * steps that were not renamed are left as they are.
 */
export function renameStepReferences<T>(value: T, renames: ReadonlyMap<string, string>): T {
  if (!renames.size) return value;
  const rename = (text: string) =>
    text.replace(REFERENCE, (whole, quote: string, id: string) => {
      const next = renames.get(id);
      return next ? `nodes.${quote}${next}${quote}` : whole;
    });
  const walk = (inner: unknown): unknown => {
    if (typeof inner === "string") return rename(inner);
    if (Array.isArray(inner)) return inner.map(walk);
    if (inner && typeof inner === "object") {
      return Object.fromEntries(Object.entries(inner).map(([key, field]) => [key, walk(field)]));
    }
    return inner;
  };
  return walk(value) as T;
}
