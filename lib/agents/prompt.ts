/** Variables every agent's system prompt may use, filled in per conversation. */
export const BUILT_IN_VARIABLES = ["agency_name", "client_name", "today"] as const;

const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** The `{{name}}` variables a prompt uses, in order of first use. */
export function promptVariables(prompt: string): string[] {
  return [...new Set([...prompt.matchAll(VARIABLE)].map((match) => match[1]!))];
}

/** Variables a prompt uses that are neither built in nor defined by the agent. */
export function unknownVariables(prompt: string, custom: Record<string, string>): string[] {
  const known = new Set<string>([...BUILT_IN_VARIABLES, ...Object.keys(custom)]);
  return promptVariables(prompt).filter((name) => !known.has(name));
}

/** The prompt with its variables filled in; a variable without a value becomes "(not set)". */
export function renderPrompt(prompt: string, values: Record<string, string | null | undefined>): string {
  return prompt.replace(VARIABLE, (_, name: string) => values[name] ?? "(not set)");
}
