"use client";

import { useReactFlow } from "@xyflow/react";
import { ArrowLeft, FlaskConical, History, Keyboard, Network, Redo2, Undo2 } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { layoutPositions } from "./auto-layout";
import { type Autosaver } from "./autosaver";
import { runCommand } from "./editor-commands";
import { useEditor, useEditorStore } from "./editor-context";
import { moveSteps, notify, type EditorState } from "./editor-state";
import { type EditorEdge, type EditorNode } from "./flow-mapping";
import { EditorPublish } from "./editor-publish";
import { SaveStatus } from "./save-status";

const selectCanUndo = (state: EditorState) => state.history.past.length > 0;
const selectCanRedo = (state: EditorState) => state.history.future.length > 0;
const selectReadOnly = (state: EditorState) => state.readOnly;
const selectHasSteps = (state: EditorState) => state.nodes.length > 0;

type Props = {
  workflowId: string;
  name: string;
  autosaver: Autosaver;
  onShowShortcuts: () => void;
  testRunOpen: boolean;
  onToggleTestRun: () => void;
  versionsOpen: boolean;
  onToggleVersions: () => void;
};

/**
 * The editor's top bar: back to the workflow, its name, the save state, undo/redo, auto-layout,
 * test run, versions, publish and the shortcuts.
 */
export function EditorToolbar({
  workflowId,
  name,
  autosaver,
  onShowShortcuts,
  testRunOpen,
  onToggleTestRun,
  versionsOpen,
  onToggleVersions,
}: Props) {
  const store = useEditorStore();
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const readOnly = useEditor(selectReadOnly);
  const hasSteps = useEditor(selectHasSteps);
  const { fitView } = useReactFlow<EditorNode, EditorEdge>();

  const autoLayout = () => {
    store.update((state) => {
      const sizes = new Map(state.nodes.map((node) => [node.id, node.measured]));
      const positions = layoutPositions(state.history.present, (id) => {
        const size = sizes.get(id);
        return size?.width && size.height ? { width: size.width, height: size.height } : undefined;
      });
      return notify(moveSteps(state, positions), "Laid out left to right.");
    });
    // After React Flow has the new positions.
    requestAnimationFrame(() => void fitView({ padding: 0.2, maxZoom: 1, duration: 300 }));
  };

  return (
    <header className="flex flex-wrap items-center gap-3 border-b bg-background px-4 py-2">
      <Button asChild variant="ghost" size="icon" aria-label="Back to the workflow">
        <Link href={`/workflows/${workflowId}`}>
          <ArrowLeft aria-hidden="true" />
        </Link>
      </Button>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-base font-semibold">{name}</h1>
        <p className="text-xs text-muted-foreground">Draft</p>
      </div>
      <SaveStatus autosaver={autosaver} readOnly={readOnly} />
      {readOnly ? null : (
        <div className="flex items-center gap-1">
          <Button
            variant="ghost"
            size="icon"
            aria-label="Undo"
            title="Undo (Ctrl/⌘+Z)"
            disabled={!canUndo}
            onClick={() => store.update((state) => runCommand(state, "undo"))}
          >
            <Undo2 aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="icon"
            aria-label="Redo"
            title="Redo (Shift+Ctrl/⌘+Z)"
            disabled={!canRedo}
            onClick={() => store.update((state) => runCommand(state, "redo"))}
          >
            <Redo2 aria-hidden="true" />
          </Button>
          <Button variant="outline" size="sm" disabled={!hasSteps} onClick={autoLayout}>
            <Network aria-hidden="true" />
            Auto-layout
          </Button>
          <Button variant="outline" size="sm" aria-pressed={testRunOpen} onClick={onToggleTestRun}>
            <FlaskConical aria-hidden="true" />
            Test run
          </Button>
        </div>
      )}
      <Button variant="outline" size="sm" aria-pressed={versionsOpen} onClick={onToggleVersions}>
        <History aria-hidden="true" />
        Versions
      </Button>
      {readOnly ? null : <EditorPublish workflowId={workflowId} name={name} autosaver={autosaver} />}
      <Button
        variant="ghost"
        size="icon"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={onShowShortcuts}
      >
        <Keyboard aria-hidden="true" />
      </Button>
    </header>
  );
}
