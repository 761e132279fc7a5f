import { type z } from "zod";

export const NODE_CATEGORIES = [
  "trigger",
  "ai",
  "logic",
  "data",
  "integration",
  "human",
  "flow",
  "annotation",
] as const;
export type NodeCategory = (typeof NODE_CATEGORIES)[number];

/**
 * What a handle carries, for the connection rules in `canConnect`. Every output is `flow`
 * today; `loop_back` is the loop's Continue input, the one place a connection may go back
 * upstream. A new kind (an agent's tool or memory port, say) is added here and to the table.
 */
export const HANDLE_KINDS = ["flow", "loop_back"] as const;
export type HandleKind = (typeof HANDLE_KINDS)[number];

export interface HandleSpec {
  id: string;
  label: string;
  kind: HandleKind;
}

/** `template`: text with `{{ … }}` parts; `expression`: one bare expression. */
export type ExpressionKind = "template" | "expression";

export interface ExpressionField {
  /** Dotted path in the config; `*` stands for every array item or record value ("cases.*.expression"). */
  path: string;
  kind: ExpressionKind;
}

/**
 * Everything the editor, the validator and the engine know about one node type apart from how
 * it runs (that is `server/workflow/nodes/<type>.ts`).
 */
export interface NodeTypeMeta<S extends z.ZodType = z.ZodType> {
  label: string;
  category: NodeCategory;
  /** One sentence for the palette, in the words of the person building the workflow. */
  description: string;
  /** Parses a stored config and fills in defaults; its messages are shown in the side panel. */
  config: S;
  inputs: readonly HandleSpec[];
  /**
   * Output handles for a parsed config (a switch has one per case). A method, so a meta with a
   * specific config type still fits `NodeTypeMeta` in the exhaustive map.
   */
  outputs(config: z.output<S>): readonly HandleSpec[];
  /** Config fields holding templates or expressions: checked for syntax and references, autocompleted. */
  expressions: readonly ExpressionField[];
  /** Reaches outside the run (a model, a network, an inbox): the engine gives each attempt an idempotency key. */
  sideEffects: boolean;
}

/** Keeps a meta's own config type while checking it against `NodeTypeMeta`. */
export const defineNodeType = <S extends z.ZodType>(meta: NodeTypeMeta<S>): NodeTypeMeta<S> => meta;

export const flowIn: HandleSpec = { id: "in", label: "In", kind: "flow" };
export const flowOut: HandleSpec = { id: "out", label: "Out", kind: "flow" };
export const noOutputs = (): readonly HandleSpec[] => [];
export const flowOutputs = (): readonly HandleSpec[] => [flowOut];
export const outHandle = (id: string, label: string): HandleSpec => ({ id, label, kind: "flow" });

/** Which input kinds each output kind may connect to. */
const CONNECTABLE: Record<HandleKind, readonly HandleKind[]> = {
  flow: ["flow", "loop_back"],
  // Never an output; listed so the table stays exhaustive.
  loop_back: [],
};

/** Whether an output of `sourceKind` may connect to an input of `targetKind` (React Flow's isValidConnection). */
export const canConnect = (sourceKind: HandleKind, targetKind: HandleKind): boolean =>
  CONNECTABLE[sourceKind].includes(targetKind);
