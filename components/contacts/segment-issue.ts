type Issue = { path: readonly PropertyKey[]; message: string };
type Candidate = { rules: readonly { value: unknown }[] };

/**
 * A segment definition issue as a sentence that names its rule: "Rule 2 needs a value." for a
 * blank value, else "Rule 2: <schema message>". `path` starts at the definition.
 */
export function segmentIssueMessage(issue: Issue, candidate: Candidate): string {
  const [head, index, part] = issue.path;
  if (head !== "rules" || typeof index !== "number") return issue.message;
  const number = index + 1;
  if (part === "value" && candidate.rules[index]?.value === "") return `Rule ${number} needs a value.`;
  return `Rule ${number}: ${issue.message}`;
}
