import type { DragEvent } from "react";

/** Only our own cards are dropped on a column, never text or files dragged in from elsewhere. */
const TASK_DRAG_TYPE = "application/x-switchboard-task";

export function startTaskDrag(event: DragEvent, taskId: string) {
  event.dataTransfer.setData(TASK_DRAG_TYPE, taskId);
  event.dataTransfer.effectAllowed = "move";
}

export const isTaskDrag = (event: DragEvent) => event.dataTransfer.types.includes(TASK_DRAG_TYPE);

export const draggedTaskId = (event: DragEvent) => event.dataTransfer.getData(TASK_DRAG_TYPE);
