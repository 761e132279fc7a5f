"use client";

import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useCallback } from "react";
import { type TPosition } from "@/lib/workflow/graph";
import { nodeTypeMeta, type NodeType } from "@/lib/workflow/node-types";
import { useEditorStore } from "./editor-context";
import { addStep, notify } from "./editor-state";
import { type EditorEdge, type EditorNode } from "./flow-mapping";
import { DEFAULT_NODE_SIZE, freeSpot, snapToGrid } from "./place-node";

/**
 * Adds a step: at `at` (a drop, in canvas coordinates, the step's top-left) or, from a click,
 * centred in the visible part of the canvas, moved aside if a step is already there and the
 * canvas panned to it if that is out of view.
 */
export function useAddStep() {
  const store = useEditorStore();
  const flow = useStoreApi<EditorNode, EditorEdge>();
  const { setCenter } = useReactFlow<EditorNode, EditorEdge>();
  return useCallback(
    (type: NodeType, at?: TPosition) => {
      const {
        width,
        height,
        transform: [x, y, zoom],
      } = flow.getState();
      let position: TPosition;
      if (at) {
        position = { x: snapToGrid(at.x), y: snapToGrid(at.y) };
      } else {
        const wanted = {
          x: (width / 2 - x) / zoom - DEFAULT_NODE_SIZE.width / 2,
          y: (height / 2 - y) / zoom - DEFAULT_NODE_SIZE.height / 2,
        };
        const taken = store.getState().nodes.map((node) => ({
          ...node.position,
          width: node.measured?.width ?? DEFAULT_NODE_SIZE.width,
          height: node.measured?.height ?? DEFAULT_NODE_SIZE.height,
        }));
        position = freeSpot(wanted, taken);
      }
      store.update((state) => {
        const added = addStep(state, type, position);
        return added.id ? notify(added.state, `Added ${nodeTypeMeta(type).label} as "${added.id}".`) : added.state;
      });
      const inView =
        position.x * zoom + x >= 0 &&
        position.y * zoom + y >= 0 &&
        (position.x + DEFAULT_NODE_SIZE.width) * zoom + x <= width &&
        (position.y + DEFAULT_NODE_SIZE.height) * zoom + y <= height;
      if (!inView)
        void setCenter(position.x + DEFAULT_NODE_SIZE.width / 2, position.y + DEFAULT_NODE_SIZE.height / 2, {
          zoom,
          duration: 200,
        });
    },
    [flow, setCenter, store],
  );
}
