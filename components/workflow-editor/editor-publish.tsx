"use client";

import { useQuery } from "@tanstack/react-query";
import { Rocket } from "lucide-react";
import { useSyncExternalStore } from "react";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { PublishDraftDialog } from "@/components/workflows/publish-draft-dialog";
import { useTRPC } from "@/lib/trpc/react";
import { type Autosaver } from "./autosaver";
import { useEditor } from "./editor-context";
import { selectProblemCount } from "./editor-state";

/**
 * Publishing from the editor: the revision it publishes is the one this editor last saved, so
 * it waits while a change is still being saved (what is on the canvas is what gets published).
 */
export function EditorPublish({
  workflowId,
  name,
  autosaver,
}: {
  workflowId: string;
  name: string;
  autosaver: Autosaver;
}) {
  const trpc = useTRPC();
  const canPublish = useCan("workflow.publish");
  const saveState = useSyncExternalStore(autosaver.subscribe, autosaver.getState, autosaver.getState);
  const problemCount = useEditor(selectProblemCount);
  const workflow = useQuery({ ...trpc.workflows.get.queryOptions({ id: workflowId }), refetchOnWindowFocus: false });
  if (!canPublish) return null;
  if (saveState.status !== "saved" || !workflow.data) {
    return (
      <Button disabled title="The draft is being saved; publish once it is saved.">
        <Rocket aria-hidden />
        Publish draft
      </Button>
    );
  }
  return (
    <PublishDraftDialog
      workflow={{
        id: workflowId,
        name,
        draftRevision: autosaver.revision,
        publishedVersion: workflow.data.publishedVersion,
      }}
      problemCount={problemCount}
    />
  );
}
