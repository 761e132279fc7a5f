"use client";

import "@xyflow/react/dist/style.css";
import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type DefaultEdgeOptions,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
} from "@xyflow/react";
import { useTheme } from "next-themes";
import { memo, useCallback, useState, type DragEvent } from "react";
import { connectionProblem, refusalReason } from "./connection-rules";
import { useEditor, useEditorStore } from "./editor-context";
import {
  applyFlowEdgeChanges,
  applyFlowNodeChanges,
  connect,
  notify,
  stepLookup,
  type EditorState,
} from "./editor-state";
import { type EditorEdge, type EditorNode } from "./flow-mapping";
import { edgeTypes, nodeTypes } from "./flow-types";
import { useCompactZoom } from "./zoom-detail";
import { lookFor } from "./node-looks";
import { droppedStepType, isStepDrag } from "./palette-drag";
import { DEFAULT_NODE_SIZE, GRID } from "./place-node";
import { useAddStep } from "./use-add-step";

const SNAP_GRID: [number, number] = [GRID, GRID];
/** Shift adds to the selection (and, dragged on the background, draws a selection box). */
const MULTI_SELECT_KEYS = ["Shift", "Meta", "Control"];
const DEFAULT_EDGE_OPTIONS: DefaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1 };

const selectNodes = (state: EditorState) => state.nodes;
const selectEdges = (state: EditorState) => state.edges;
const selectReadOnly = (state: EditorState) => state.readOnly;
const edgeEnds = (state: EditorState) =>
  state.edges.map((edge) => ({
    source: edge.source,
    sourceHandle: edge.sourceHandle ?? "",
    target: edge.target,
    targetHandle: edge.targetHandle ?? "",
  }));
const minimapColor = (node: EditorNode) => lookFor(node.type).minimap;

/** The dotted grid, left out when zoomed far out (see zoom-detail.ts). */
function CanvasGrid() {
  const compact = useCompactZoom();
  return compact ? null : <Background variant={BackgroundVariant.Dots} gap={GRID} />;
}

/**
 * The React Flow canvas. The one component that holds the whole node and edge lists (React
 * Flow needs them); every other part of the editor reads its own slice of the store.
 */
export const WorkflowCanvas = memo(function WorkflowCanvas() {
  const store = useEditorStore();
  const nodes = useEditor(selectNodes);
  const edges = useEditor(selectEdges);
  const readOnly = useEditor(selectReadOnly);
  const { resolvedTheme } = useTheme();
  const { screenToFlowPosition } = useReactFlow<EditorNode, EditorEdge>();
  const addStep = useAddStep();
  // Fit the view to the steps a workflow opens with. An empty one keeps its view: React Flow
  // would otherwise fit to the first step dropped and move it away from where it was dropped.
  const [fitOnOpen] = useState(() => store.getState().nodes.length > 0);

  const onNodesChange = useCallback(
    (changes: NodeChange<EditorNode>[]) => store.update((state) => applyFlowNodeChanges(state, changes)),
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<EditorEdge>[]) => store.update((state) => applyFlowEdgeChanges(state, changes)),
    [store],
  );
  const onConnect = useCallback(
    (connection: Connection) =>
      store.update((state) => {
        const result = connect(state, connection);
        return result.problem ? notify(result.state, result.problem, "error") : result.state;
      }),
    [store],
  );
  // Asked on every pointer move over a handle while connecting, so it reads the store directly.
  const isValidConnection = useCallback(
    (connection: Connection | EditorEdge) => {
      const state = store.getState();
      return connectionProblem(connection, stepLookup(state), edgeEnds(state)) === null;
    },
    [store],
  );
  const onConnectEnd: OnConnectEnd = useCallback(
    (_event, connection) => {
      if (connection.isValid !== false || !connection.fromHandle || !connection.toHandle) return;
      const state = store.getState();
      const reason = refusalReason(connection.fromHandle, connection.toHandle, stepLookup(state), edgeEnds(state));
      store.update((current) => notify(current, reason, "error"));
    },
    [store],
  );

  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (readOnly || !isStepDrag(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    },
    [readOnly],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = readOnly ? null : droppedStepType(event);
      if (!type) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addStep(type, { x: point.x - DEFAULT_NODE_SIZE.width / 2, y: point.y - DEFAULT_NODE_SIZE.height / 2 });
    },
    [addStep, readOnly, screenToFlowPosition],
  );

  return (
    <div className="h-full w-full" onDragOver={onDragOver} onDrop={onDrop} data-testid="workflow-canvas">
      <ReactFlow<EditorNode, EditorEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        colorMode={resolvedTheme === "dark" ? "dark" : "light"}
        snapToGrid
        snapGrid={SNAP_GRID}
        fitView={fitOnOpen}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        // Deleting goes through the editor's own shortcut, so a step and its connections are one undo step.
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        aria-label="Workflow canvas"
      >
        <CanvasGrid />
        <MiniMap<EditorNode> pannable zoomable nodeColor={minimapColor} ariaLabel="Minimap" />
        <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
      </ReactFlow>
    </div>
  );
});
