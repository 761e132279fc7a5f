import { type EdgeTypes, type NodeTypes } from "@xyflow/react";
import { type NodeLook } from "./flow-mapping";
import { NoteNode } from "./note-node";
import { StepEdge } from "./step-edge";
import {
  AiNode,
  DataNode,
  FlowNode,
  HumanNode,
  IntegrationNode,
  LogicNode,
  TriggerNode,
  UnknownNode,
} from "./step-node";

/**
 * React Flow's node and edge components, made once at module scope: a new object on each
 * render would make React Flow remount every node. Keyed by look, so a new category does not
 * compile until it has a node component.
 */
export const nodeTypes = {
  trigger: TriggerNode,
  ai: AiNode,
  logic: LogicNode,
  data: DataNode,
  integration: IntegrationNode,
  human: HumanNode,
  flow: FlowNode,
  annotation: NoteNode,
  unknown: UnknownNode,
} satisfies Record<NodeLook, NodeTypes[string]>;

export const edgeTypes = { step: StepEdge } satisfies EdgeTypes;
