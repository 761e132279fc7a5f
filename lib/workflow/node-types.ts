import { type z } from "zod";
import { type TWorkflowNode } from "./graph";
import { type ExpressionKind, type HandleSpec, type NodeTypeMeta } from "./node-meta";
import { agent } from "./nodes/agent";
import { approval } from "./nodes/approval";
import { condition } from "./nodes/condition";
import { delay } from "./nodes/delay";
import { email } from "./nodes/email";
import { guardrail } from "./nodes/guardrail";
import { http } from "./nodes/http";
import { llm } from "./nodes/llm";
import { loop } from "./nodes/loop";
import { merge } from "./nodes/merge";
import { note } from "./nodes/note";
import { output } from "./nodes/output";
import { parallel } from "./nodes/parallel";
import { setVariable } from "./nodes/set-variable";
import { subWorkflow } from "./nodes/sub-workflow";
import { switchNode } from "./nodes/switch";
import { transform } from "./nodes/transform";
import { triggerChat } from "./nodes/trigger-chat";
import { triggerManual } from "./nodes/trigger-manual";
import { triggerPortalForm } from "./nodes/trigger-portal-form";
import { triggerSchedule } from "./nodes/trigger-schedule";
import { triggerWebhook } from "./nodes/trigger-webhook";

export const NODE_TYPE_NAMES = [
  "trigger.manual",
  "trigger.webhook",
  "trigger.schedule",
  "trigger.chat",
  "trigger.portal_form",
  "agent",
  "llm",
  "condition",
  "switch",
  "loop",
  "parallel",
  "merge",
  "approval",
  "http",
  "transform",
  "set_variable",
  "delay",
  "sub_workflow",
  "email",
  "guardrail",
  "output",
  "note",
] as const;
export type NodeType = (typeof NODE_TYPE_NAMES)[number];

/**
 * Every node type, in palette order. Adding a name to NODE_TYPE_NAMES does not compile until it
 * is here, and each map keyed by `NodeType` elsewhere (executors, editor panels) has it too.
 */
export const NODE_TYPES = {
  "trigger.manual": triggerManual,
  "trigger.webhook": triggerWebhook,
  "trigger.schedule": triggerSchedule,
  "trigger.chat": triggerChat,
  "trigger.portal_form": triggerPortalForm,
  agent,
  llm,
  condition,
  switch: switchNode,
  loop,
  parallel,
  merge,
  approval,
  http,
  transform,
  set_variable: setVariable,
  delay,
  sub_workflow: subWorkflow,
  email,
  guardrail,
  output,
  note,
} satisfies Record<NodeType, NodeTypeMeta>;

/** A node type's parsed config, defaults filled in. */
export type NodeConfig<T extends NodeType> = z.output<(typeof NODE_TYPES)[T]["config"]>;

export const isNodeType = (type: string): type is NodeType => Object.hasOwn(NODE_TYPES, type);

export const isTriggerType = (type: NodeType): boolean => NODE_TYPES[type].category === "trigger";

/** The meta of `type`, seen through the common interface (config as `unknown`). */
export const nodeTypeMeta = (type: NodeType): NodeTypeMeta => NODE_TYPES[type];

/** The name people see for a node: its own name, or its id. */
export const nodeLabel = (node: Pick<TWorkflowNode, "id" | "name">): string => node.name?.trim() || node.id;

/** The handle a step with `onError: { mode: "branch" }` takes when it fails. */
export const ERROR_HANDLE: HandleSpec = { id: "error", label: "On error", kind: "flow" };

/** Whether a node's retry, timeout and error settings mean anything: triggers and notes do not run as steps. */
export const runsAsStep = (type: NodeType): boolean => !isTriggerType(type) && type !== "note";

/**
 * A node's input and output handles, given its parsed config (`config` is the output of the
 * type's schema). The `error` output appears when the node's errors take a branch.
 */
export function nodeHandles(
  type: NodeType,
  config: unknown,
  onError?: TWorkflowNode["onError"],
): { inputs: readonly HandleSpec[]; outputs: readonly HandleSpec[] } {
  const meta = nodeTypeMeta(type);
  const outputs = meta.outputs(config);
  return {
    inputs: meta.inputs,
    outputs: onError?.mode === "branch" && runsAsStep(type) ? [...outputs, ERROR_HANDLE] : outputs,
  };
}

/**
 * A node's handles for drawing it, from its stored config: from the parsed config when it parses,
 * and while the person is still filling it in, from what the raw config already says (a switch
 * keeps its cases' handles while a label is empty), so connections stay on the canvas. Null for
 * an unknown type. Validation and the plan use `nodeHandles` on the parsed config only.
 */
export function handlesOf(
  node: Pick<TWorkflowNode, "type" | "config" | "onError">,
): { inputs: readonly HandleSpec[]; outputs: readonly HandleSpec[] } | null {
  if (!isNodeType(node.type)) return null;
  const parsed = nodeTypeMeta(node.type).config.safeParse(node.config ?? {});
  if (parsed.success) return nodeHandles(node.type, parsed.data, node.onError);
  const inputs = nodeTypeMeta(node.type).inputs;
  let outputs: readonly HandleSpec[];
  try {
    outputs = nodeHandles(node.type, node.config ?? {}, node.onError).outputs;
  } catch {
    // The raw config is too far off to read handles from (a switch's cases are not a list yet).
    outputs = node.onError?.mode === "branch" && runsAsStep(node.type) ? [ERROR_HANDLE] : [];
  }
  return { inputs, outputs: outputs.filter((handle) => typeof handle.id === "string" && handle.id !== "") };
}

export interface ExpressionAt {
  /** Where in the config, e.g. ["cases", 0, "expression"]. */
  path: (string | number)[];
  kind: ExpressionKind;
  text: string;
}

/** The templates and expressions in a node's config, with where each sits; empty strings skipped. */
export function expressionsIn(type: NodeType, config: unknown): ExpressionAt[] {
  const found: ExpressionAt[] = [];
  const walk = (value: unknown, rest: string[], path: (string | number)[], kind: ExpressionKind) => {
    const [head, ...tail] = rest;
    if (head === undefined) {
      if (typeof value === "string" && value.trim()) found.push({ path, kind, text: value });
      return;
    }
    if (typeof value !== "object" || value === null) return;
    if (head === "*") {
      const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((item, index) => [index, item])
        : Object.entries(value);
      for (const [key, item] of entries) walk(item, tail, [...path, key], kind);
    } else if (Object.hasOwn(value, head)) {
      walk((value as Record<string, unknown>)[head], tail, [...path, head], kind);
    }
  };
  for (const field of nodeTypeMeta(type).expressions) walk(config, field.path.split("."), [], field.kind);
  return found;
}
