"use client";

import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { useEditor } from "./editor-context";
import { type EditorEdge } from "./flow-mapping";
import { useCompactZoom } from "./zoom-detail";

/** A connection: red and dashed when it is a step's error path, red when it has a problem; no arrowhead when zoomed far out. */
export const StepEdge = memo(function StepEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  sourceHandleId,
  selected,
  markerEnd,
}: EdgeProps<EditorEdge>) {
  const hasProblem = useEditor((state) => state.problems.byEdge.has(id));
  // Arrowheads are a pixel or two when zoomed out that far, and each is painted on its own.
  const compact = useCompactZoom();
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const isErrorPath = sourceHandleId === "error";
  const stroke = selected
    ? "var(--primary)"
    : hasProblem || isErrorPath
      ? "var(--destructive)"
      : "var(--muted-foreground)";
  return (
    <BaseEdge
      path={path}
      markerEnd={compact ? undefined : markerEnd}
      style={{ stroke, strokeWidth: selected ? 2.5 : 1.5, strokeDasharray: isErrorPath ? "6 4" : undefined }}
    />
  );
});
