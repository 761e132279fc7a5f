import { type z } from "zod";
import { type TWorkflowNode } from "./graph";
import { type GraphError } from "./graph-error";
import { type HandleSpec } from "./node-meta";
import {
  isNodeType,
  isTriggerType,
  nodeHandles,
  nodeLabel,
  nodeTypeMeta,
  runsAsStep,
  type NodeType,
} from "./node-types";

/** A node with what its type says about it; `null` where the type or config is too broken to tell. */
export interface CheckedNode {
  node: TWorkflowNode;
  label: string;
  type: NodeType | null;
  /** The config parsed by the type's schema (defaults filled in); undefined when it does not parse. */
  config: unknown;
  configOk: boolean;
  inputs: readonly HandleSpec[] | null;
  /** Output handles depend on the config (a switch's cases), so they are unknown when it does not parse. */
  outputs: readonly HandleSpec[] | null;
}

const SETTINGS = { retry: "retries", timeoutMs: "timeout", onError: "error handling" } as const;

/** "'Send email': Write a subject." The field is known from `field`; the name makes a list of errors readable. */
function configError(node: TWorkflowNode, label: string, issue: z.core.$ZodIssue): GraphError {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `"${key}"`).join(", ");
    return {
      nodeId: node.id,
      field: ["config", ...path, issue.keys[0] ?? ""].join("."),
      code: "invalid_config",
      message: `'${label}' has ${issue.keys.length > 1 ? "settings" : "a setting"} this step does not know: ${keys}. Remove ${issue.keys.length > 1 ? "them" : "it"}.`,
    };
  }
  return {
    nodeId: node.id,
    field: ["config", ...path].join("."),
    code: "invalid_config",
    message: `'${label}': ${issue.message}`,
  };
}

/** Checks one node's type, config and settings, and works out its handles. */
export function checkNode(node: TWorkflowNode, errors: GraphError[]): CheckedNode {
  const label = nodeLabel(node);
  if (!isNodeType(node.type)) {
    errors.push({
      nodeId: node.id,
      field: "type",
      code: "unknown_type",
      message: `'${label}' is a "${node.type}" step, which Switchboard does not know. Replace it with one from the palette.`,
    });
    return { node, label, type: null, config: undefined, configOk: false, inputs: null, outputs: null };
  }
  const type = node.type;
  if (!runsAsStep(type)) {
    for (const key of Object.keys(SETTINGS) as (keyof typeof SETTINGS)[]) {
      if (node[key] === undefined) continue;
      errors.push({
        nodeId: node.id,
        field: key,
        code: "not_applicable",
        message: `'${label}' is ${isTriggerType(type) ? "a trigger" : "a note"} and never runs as a step, so it takes no ${SETTINGS[key]}. Remove the setting.`,
      });
    }
  }
  const parsed = nodeTypeMeta(type).config.safeParse(node.config ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(configError(node, label, issue));
    return { node, label, type, config: undefined, configOk: false, inputs: nodeTypeMeta(type).inputs, outputs: null };
  }
  const handles = nodeHandles(type, parsed.data, node.onError);
  return { node, label, type, config: parsed.data, configOk: true, inputs: handles.inputs, outputs: handles.outputs };
}
