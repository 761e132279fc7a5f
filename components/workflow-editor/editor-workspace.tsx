"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ReactFlowProvider } from "@xyflow/react";
import { memo, useCallback, useState } from "react";
import { useCan } from "@/components/shell/org-context";
import { type TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { AutosaverProvider } from "./autosaver-context";
import { ConflictBanner } from "./conflict-banner";
import { EditorStoreProvider } from "./editor-context";
import { createEditorState, notify, replaceGraph } from "./editor-state";
import { createEditorStore } from "./editor-store";
import { EditorRunPanel } from "./editor-run-panel";
import { EditorToolbar } from "./editor-toolbar";
import { EditorVersionsPanel } from "./editor-versions-panel";
import { NodePalette } from "./node-palette";
import { NoticeLine } from "./notice-line";
import { ProblemsList } from "./problems-list";
import { CanvasMarksProvider } from "./canvas-marks";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { StepPanel } from "./step-panel";
import { useAutosave } from "./use-autosave";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { useValidation } from "./use-validation";
import { WorkflowCanvas } from "./workflow-canvas";

/**
 * The editor for one workflow's draft, opened at `workflow.draftRevision`. It renders again only
 * for another workflow: later copies of the same one (after each save) change nothing here.
 */
export const EditorWorkspace = memo(
  function EditorWorkspace({ workflow }: { workflow: TWorkflow }) {
    const canEdit = useCan("workflow.edit");
    const trpc = useTRPC();
    const queryClient = useQueryClient();
    const [store] = useState(() => createEditorStore(createEditorState(workflow.draft, !canEdit)));
    const [shortcutsOpen, setShortcutsOpen] = useState(false);
    const [testRunOpen, setTestRunOpen] = useState(false);
    const [versionsOpen, setVersionsOpen] = useState(false);
    const autosaver = useAutosave(store, workflow, canEdit);
    useValidation(store);
    const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
    useEditorShortcuts(store, showShortcuts);

    /** Takes the draft as saved now (someone else's save, a rollback); undo brings the canvas's back. */
    const loadSavedDraft = useCallback(
      async (why: (revision: number, by: string) => string) => {
        const latest = await queryClient.fetchQuery({
          ...trpc.workflows.get.queryOptions({ id: workflow.id }),
          staleTime: 0,
        });
        autosaver.acceptTheirs(latest.draft, latest.draftRevision);
        const by = latest.draftSavedBy ? ` saved by ${latest.draftSavedBy}` : "";
        store.update((state) => notify(replaceGraph(state, latest.draft), why(latest.draftRevision, by)));
      },
      [autosaver, queryClient, store, trpc, workflow.id],
    );
    const loadTheirs = useCallback(
      () => loadSavedDraft((revision, by) => `Loaded revision ${revision}${by}. Undo brings yours back.`),
      [loadSavedDraft],
    );
    const loadRolledBack = useCallback(
      (from: number, published: number) =>
        void loadSavedDraft(
          () =>
            `Rolled back to version ${from}: it is live as version ${published} and is now the draft. Undo brings yours back.`,
        ),
      [loadSavedDraft],
    );

    return (
      <EditorStoreProvider store={store}>
        <AutosaverProvider autosaver={autosaver}>
          <CanvasMarksProvider>
            <ReactFlowProvider>
              {/* Cancels the dashboard's padding: the editor fills the window beside the sidebar. */}
              <div className="-m-6 flex h-dvh min-h-0 flex-col lg:-m-8">
                <EditorToolbar
                  workflowId={workflow.id}
                  name={workflow.name}
                  autosaver={autosaver}
                  onShowShortcuts={showShortcuts}
                  testRunOpen={testRunOpen}
                  onToggleTestRun={() => setTestRunOpen((open) => !open)}
                  versionsOpen={versionsOpen}
                  onToggleVersions={() => setVersionsOpen((open) => !open)}
                />
                <ConflictBanner autosaver={autosaver} onLoadTheirs={loadTheirs} />
                {canEdit ? null : (
                  <p className="border-b bg-muted px-4 py-2 text-sm text-muted-foreground">
                    You can look at this workflow; a member of the agency can change it.
                  </p>
                )}
                <div className="flex min-h-0 flex-1">
                  {canEdit ? <NodePalette /> : null}
                  <div className="flex min-w-0 flex-1 flex-col">
                    <div className="relative min-h-0 flex-1">
                      <WorkflowCanvas />
                      <NoticeLine />
                    </div>
                    {testRunOpen && canEdit ? (
                      <EditorRunPanel
                        workflowId={workflow.id}
                        autosaver={autosaver}
                        onClose={() => setTestRunOpen(false)}
                      />
                    ) : null}
                  </div>
                  <aside
                    aria-label="Step and problems"
                    className="flex w-80 shrink-0 flex-col overflow-y-auto border-l"
                  >
                    {versionsOpen ? (
                      <EditorVersionsPanel workflowId={workflow.id} onRolledBack={loadRolledBack} />
                    ) : (
                      <StepPanel />
                    )}
                    <div className="mt-auto border-t">
                      <ProblemsList />
                    </div>
                  </aside>
                </div>
              </div>
              <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
            </ReactFlowProvider>
          </CanvasMarksProvider>
        </AutosaverProvider>
      </EditorStoreProvider>
    );
  },
  (before, after) => before.workflow.id === after.workflow.id,
);
