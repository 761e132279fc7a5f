import { z } from "zod";
import { MAX_EDGES, MAX_NODES, ZWorkflowEdge, ZWorkflowNode } from "@/lib/workflow/graph";
import { selectedSteps, type EditorState } from "./editor-state";

/** Marks clipboard text as steps copied in a Switchboard editor, so other text is never read as steps. */
export const CLIPBOARD_KIND = "switchboard/steps";
/** Bumped when the format changes, so a tab still running an older editor refuses a newer copy. */
export const CLIPBOARD_VERSION = 1;

/**
 * Copied steps on the clipboard: steps and connections in the stored graph's shapes. Each
 * type's config is checked by `validateGraph` once pasted, as for any edit.
 */
export const ZCopiedSteps = z.object({
  kind: z.literal(CLIPBOARD_KIND),
  version: z.literal(CLIPBOARD_VERSION),
  nodes: z
    .array(ZWorkflowNode)
    .min(1, "There are no steps in it.")
    .max(MAX_NODES, `A workflow can have at most ${MAX_NODES} steps.`),
  edges: z.array(ZWorkflowEdge).max(MAX_EDGES, `A workflow can have at most ${MAX_EDGES} connections.`),
});
export type TCopiedSteps = z.infer<typeof ZCopiedSteps>;

/** The selected steps and the connections between them, ready for the clipboard; null when no step is selected. */
export function copySelection(state: EditorState): TCopiedSteps | null {
  const { nodes, edges } = selectedSteps(state);
  if (!nodes.length) return null;
  return { kind: CLIPBOARD_KIND, version: CLIPBOARD_VERSION, nodes, edges };
}

export const clipboardText = (copied: TCopiedSteps): string => JSON.stringify(copied);

const NOT_STEPS = "Nothing to paste: the clipboard holds no copied steps.";

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The steps in clipboard `text` (null when none could be read), or why they cannot be pasted:
 * text that is not ours, a copy from another version of the editor, or steps that do not parse.
 */
export function readCopiedSteps(text: string | null): { steps: TCopiedSteps } | { problem: string } {
  const value = text ? parseJson(text) : undefined;
  if (typeof value !== "object" || value === null || !("kind" in value) || value.kind !== CLIPBOARD_KIND)
    return { problem: NOT_STEPS };
  if (!("version" in value) || value.version !== CLIPBOARD_VERSION)
    return { problem: "These steps were copied in another version of the editor: reload both pages and copy again." };
  const parsed = ZCopiedSteps.safeParse(value);
  if (!parsed.success) return { problem: `The copied steps cannot be pasted: ${parsed.error.issues[0]?.message}` };
  return { steps: parsed.data };
}
