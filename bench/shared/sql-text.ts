/** The SQL text of a `pg` query call's arguments (a string or a query config), on one line. */
export function sqlOf(args: unknown[]): string {
  const [first] = args;
  const text =
    typeof first === "string"
      ? first
      : first && typeof first === "object" && "text" in first && typeof first.text === "string"
        ? first.text
        : "(unknown)";
  return text.replace(/\s+/g, " ").trim();
}
