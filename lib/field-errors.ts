/** Form errors keyed by the form's own field names. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The part of a tRPC client error the forms read, from the server's error formatter:
 * `fieldErrors` for input (zod) errors, `field` for a domain error about one field.
 */
export type ErrorWithFieldErrors = {
  message: string;
  data?: { fieldErrors?: Record<string, string> | undefined; field?: string | undefined } | null;
};

/**
 * Keys each message by the first path segment after `prefix`, so "patch.tags.0" (with prefix
 * "patch") lands on the "tags" field. The first message per field wins.
 */
function keyByField(entries: [string, string][], prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of entries) {
    const segments = path.split(".");
    if (prefix && segments[0] === prefix) segments.shift();
    const field = segments[0] || "form";
    errors[field] ??= message;
  }
  return errors;
}

/** Field errors carried by a tRPC error: zod input errors, or a domain error that names its field. */
export function serverFieldErrors(error: ErrorWithFieldErrors | null | undefined, prefix = ""): FieldErrors {
  const fieldErrors = error?.data?.fieldErrors;
  const errors = fieldErrors ? keyByField(Object.entries(fieldErrors), prefix) : {};
  const field = error?.data?.field;
  if (error && field) errors[field] ??= error.message;
  return errors;
}

/** Field errors from a client-side zod `safeParse` failure. */
export function issueFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  return keyByField(
    issues.map((issue) => [issue.path.map(String).join("."), issue.message]),
    "",
  );
}

/**
 * The message to show above a form: when no error lands on one of `fields` (the form's
 * fields), so nothing the server said goes unseen.
 */
export function formErrorMessage(
  error: ErrorWithFieldErrors | null | undefined,
  fields: readonly string[],
  prefix = "",
): string | undefined {
  if (!error) return undefined;
  // serverFieldErrors also places a domain error's `field`, so this covers both kinds.
  const shown = Object.keys(serverFieldErrors(error, prefix)).some((field) => fields.includes(field));
  return shown ? undefined : error.message;
}
