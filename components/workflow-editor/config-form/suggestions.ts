import { type TWorkflowGraph } from "@/lib/workflow/graph";
import { LOOP_CONTINUE } from "@/lib/workflow/nodes/loop";
import { isNodeType, nodeLabel, nodeTypeMeta } from "@/lib/workflow/node-types";

/** One thing an expression can read, offered while typing one. */
export interface Suggestion {
  /** What is typed in, e.g. `nodes.fetch.output`. */
  insert: string;
  /** What it is, e.g. "Fetch leads (HTTP request)". */
  detail: string;
}

type Graph = Pick<TWorkflowGraph, "nodes" | "edges" | "variables">;

/** A connection back into a loop's Continue input: walking it backwards would lead into the loop's own body. */
const isLoopBack = (edge: Graph["edges"][number]) => edge.targetHandle === LOOP_CONTINUE.id;

/**
 * The steps that run before `id`: every step a chain of connections leads from to it (loop-back
 * connections left out), nearest first. Notes are left out: they have no output.
 */
export function upstreamSteps(graph: Graph, id: string): string[] {
  const into = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (isLoopBack(edge)) continue;
    into.set(edge.target, [...(into.get(edge.target) ?? []), edge.source]);
  }
  const seen = new Set([id]);
  const order: string[] = [];
  const queue = [id];
  while (queue.length) {
    const at = queue.shift()!;
    for (const from of into.get(at) ?? []) {
      if (seen.has(from)) continue;
      seen.add(from);
      order.push(from);
      queue.push(from);
    }
  }
  const notes = new Set(graph.nodes.filter((node) => node.type === "note").map((node) => node.id));
  return order.filter((step) => !notes.has(step));
}

/** Whether `id` is in the Body path of loop `loopId` (reached from its body handle without going through the loop). */
function inLoopBody(graph: Graph, loopId: string, id: string): boolean {
  const stack = graph.edges
    .filter((edge) => edge.source === loopId && edge.sourceHandle === "body")
    .map((e) => e.target);
  const seen = new Set<string>([loopId]);
  while (stack.length) {
    const at = stack.pop()!;
    if (at === id) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const edge of graph.edges) if (edge.source === at && !isLoopBack(edge)) stack.push(edge.target);
  }
  return false;
}

/**
 * What an expression in step `id` can read: the output of each step before it, the trigger's
 * input, the workflow's variables and those set by earlier steps, and the loop item inside a
 * loop's body.
 */
export function expressionSuggestions(graph: Graph, id: string): Suggestion[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const upstream = upstreamSteps(graph, id);
  const suggestions: Suggestion[] = upstream.map((stepId) => {
    const node = byId.get(stepId);
    const what = node && isNodeType(node.type) ? nodeTypeMeta(node.type).label : "step";
    const name = node ? nodeLabel(node) : stepId;
    return { insert: `nodes.${stepId}.output`, detail: name === stepId ? `Output of ${what}` : `${name} (${what})` };
  });
  suggestions.push({ insert: "input.", detail: "The trigger's input" });
  const variables = new Set(Object.keys(graph.variables ?? {}));
  for (const stepId of upstream) {
    const node = byId.get(stepId);
    const config = node?.config as { name?: unknown } | undefined;
    if (node?.type === "set_variable" && typeof config?.name === "string" && config.name.trim())
      variables.add(config.name.trim());
  }
  suggestions.push({ insert: "vars.", detail: "Workflow variables" });
  for (const name of variables) suggestions.push({ insert: `vars.${name}`, detail: "Variable" });
  if (upstream.some((stepId) => byId.get(stepId)?.type === "loop" && inLoopBody(graph, stepId, id)))
    suggestions.push(
      { insert: "item", detail: "The loop's current item" },
      { insert: "index", detail: "Its position (0, 1, …)" },
    );
  return suggestions;
}

/** Where a suggestion would go: the word being typed at the caret. */
export interface Completion {
  /** The word's start and end (the caret may be inside it). */
  from: number;
  to: number;
  query: string;
  /** In a template: the caret is right after `{{` (suggest everything). */
  justOpened: boolean;
  /** In a template: the `{{` has no `}}` yet, so accepting closes it. */
  unclosed: boolean;
}

const WORD = /[A-Za-z0-9_.$]/;

/**
 * The word at `caret` a suggestion could complete, or null where none fits: in a template, only
 * between `{{` and `}}`; in an expression, anywhere outside a quoted string.
 */
export function completionAt(text: string, caret: number, mode: "template" | "expression"): Completion | null {
  let floor = 0;
  let unclosed = false;
  if (mode === "template") {
    const open = caret >= 2 ? text.lastIndexOf("{{", caret - 2) : -1;
    if (open === -1) return null;
    const close = text.indexOf("}}", open + 2);
    if (close !== -1 && close < caret) return null;
    floor = open + 2;
    const nextOpen = text.indexOf("{{", open + 2);
    unclosed = close === -1 || (nextOpen !== -1 && nextOpen < close);
  }
  const before = text.slice(floor, caret);
  // Inside a quoted string nothing is a name (an odd number of quotes before the caret).
  if ((before.match(/'/g)?.length ?? 0) % 2 === 1 || (before.match(/"/g)?.length ?? 0) % 2 === 1) return null;
  let from = caret;
  while (from > floor && WORD.test(text[from - 1]!)) from--;
  let to = caret;
  while (to < text.length && WORD.test(text[to]!)) to++;
  const query = text.slice(from, caret);
  return { from, to, query, justOpened: mode === "template" && text.slice(floor, from).trim() === "", unclosed };
}

/**
 * The suggestions for what is typed: those starting with it first, then (from two characters) those
 * containing it; everything right after `{{` or when asked for (Ctrl+Space); nothing otherwise.
 */
export function matchSuggestions(
  suggestions: readonly Suggestion[],
  completion: Completion,
  asked = false,
): Suggestion[] {
  const query = completion.query.toLowerCase();
  if (!query) return completion.justOpened || asked ? [...suggestions] : [];
  const starts = suggestions.filter(
    (s) => s.insert.toLowerCase().startsWith(query) && s.insert.toLowerCase() !== query,
  );
  const contains =
    query.length >= 2
      ? suggestions.filter(
          (s) => !starts.includes(s) && s.insert.toLowerCase().includes(query) && s.insert.toLowerCase() !== query,
        )
      : [];
  return [...starts, ...contains];
}

/** The text with `suggestion` in place of the word, and where the caret goes: after it (and before a closing `}}` added for an unclosed `{{`). */
export function applySuggestion(
  text: string,
  completion: Completion,
  suggestion: Suggestion,
): { text: string; caret: number } {
  const head = text.slice(0, completion.from);
  const space = completion.justOpened && head.endsWith("{{") ? " " : "";
  const close = completion.unclosed ? " }}" : "";
  const start = head + space + suggestion.insert;
  return { text: start + close + text.slice(completion.to), caret: start.length };
}
