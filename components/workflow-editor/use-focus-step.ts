"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { useEditorStore } from "./editor-context";
import { select } from "./editor-state";
import { type EditorEdge, type EditorNode } from "./flow-mapping";
import { DEFAULT_NODE_SIZE } from "./place-node";

/** Selects a step (or a connection) and centres the canvas on it. */
export function useFocusStep() {
  const store = useEditorStore();
  const { getInternalNode, getZoom, setCenter } = useReactFlow<EditorNode, EditorEdge>();

  const centreOn = useCallback(
    (ids: string[]) => {
      const points = ids.flatMap((nodeId) => {
        const node = getInternalNode(nodeId);
        if (!node) return [];
        const { x, y } = node.internals.positionAbsolute;
        return [
          {
            x: x + (node.measured.width ?? DEFAULT_NODE_SIZE.width) / 2,
            y: y + (node.measured.height ?? DEFAULT_NODE_SIZE.height) / 2,
          },
        ];
      });
      if (!points.length) return;
      const x = points.reduce((sum, point) => sum + point.x, 0) / points.length;
      const y = points.reduce((sum, point) => sum + point.y, 0) / points.length;
      void setCenter(x, y, { zoom: Math.max(getZoom(), 0.75), duration: 300 });
    },
    [getInternalNode, getZoom, setCenter],
  );

  const focusStep = useCallback(
    (nodeId: string) => {
      store.update((state) => select(state, new Set([nodeId])));
      centreOn([nodeId]);
    },
    [centreOn, store],
  );

  const focusConnection = useCallback(
    (edgeId: string) => {
      const edge = store.getState().edges.find((candidate) => candidate.id === edgeId);
      store.update((state) => select(state, new Set(), new Set([edgeId])));
      if (edge) centreOn([edge.source, edge.target]);
    },
    [centreOn, store],
  );

  return { focusStep, focusConnection };
}
