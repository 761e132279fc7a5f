import { type DragEvent } from "react";
import { isNodeType, type NodeType } from "@/lib/workflow/node-types";

/** The drag data a palette item carries onto the canvas. */
export const STEP_DRAG_TYPE = "application/x-switchboard-step";

export function startStepDrag(event: DragEvent, type: NodeType): void {
  event.dataTransfer.setData(STEP_DRAG_TYPE, type);
  event.dataTransfer.effectAllowed = "copy";
}

export const isStepDrag = (event: DragEvent): boolean => event.dataTransfer.types.includes(STEP_DRAG_TYPE);

/** The node type dropped, or null when the drop was something else. */
export function droppedStepType(event: DragEvent): NodeType | null {
  const type = event.dataTransfer.getData(STEP_DRAG_TYPE);
  return isNodeType(type) ? type : null;
}
