"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { type TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC, useTRPCClient } from "@/lib/trpc/react";
import { Autosaver } from "./autosaver";
import { type EditorStore } from "./editor-store";
import { saveConflictOf, saveErrorMessage } from "./save-errors";

/**
 * Autosaves the editor's committed graph with `workflows.saveDraft` (compare-and-set on the
 * revision), keeps the cached workflow in step with what was saved, and asks before the page
 * is left with a change not yet saved. Nothing is saved when `enabled` is false (a viewer).
 */
export function useAutosave(store: EditorStore, workflow: TWorkflow, enabled: boolean): Autosaver {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [autosaver] = useState(
    () =>
      new Autosaver({
        graph: workflow.draft,
        revision: workflow.draftRevision,
        save: (graph, baseRevision) => client.workflows.saveDraft.mutate({ id: workflow.id, graph, baseRevision }),
        conflictOf: saveConflictOf,
        messageOf: saveErrorMessage,
        onSaved: (graph, revision) => {
          queryClient.setQueryData(trpc.workflows.get.queryKey({ id: workflow.id }), (old) =>
            old ? { ...old, draft: graph, draftRevision: revision } : old,
          );
          void queryClient.invalidateQueries(trpc.workflows.list.queryFilter());
        },
      }),
  );

  useEffect(() => {
    if (!enabled) return;
    let graph = store.getState().history.present;
    const unsubscribe = store.subscribe(() => {
      const next = store.getState().history.present;
      if (next === graph) return;
      graph = next;
      autosaver.update(next);
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosaver.hasUnsavedChanges()) return;
      void autosaver.flush();
      event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      unsubscribe();
      window.removeEventListener("beforeunload", onBeforeUnload);
      // Leaving the editor inside the app: save what is pending now rather than lose it.
      if (autosaver.hasUnsavedChanges()) void autosaver.flush();
      autosaver.pause();
    };
  }, [autosaver, enabled, store]);

  return autosaver;
}
