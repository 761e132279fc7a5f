/** What a value is, in words for an error message: "a list", "text", "nothing". */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  switch (typeof value) {
    case "string":
      return "text";
    case "number":
      return Number.isFinite(value) ? "a number" : "not a number";
    case "boolean":
      return "true or false";
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

/**
 * Whether a condition holds. False: `false`, `null`, nothing (a path that matched nothing), `0`,
 * `NaN`, `""`, an empty list and an empty object; everything else is true. Unlike JavaScript, empty
 * lists and objects are false, so `nodes.fetch.output.items` reads "there are items".
 */
export function isTruthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "string") return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object" && !(value instanceof Date)) return Object.keys(value).length > 0;
  return true;
}

/** A step's output must be JSON: nothing (a path that matched nothing) is stored as null. */
export const orNull = (value: unknown): unknown => (value === undefined ? null : value);

/** A value as text for the text checks: text as is, nothing as "", anything else as JSON. */
export function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  return JSON.stringify(value) ?? "";
}
