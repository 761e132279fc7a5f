"use client";

import { useQuery } from "@tanstack/react-query";
import { GitCompare } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { QueryError } from "@/components/ui/query-error";
import { RollbackVersionDialog } from "@/components/workflows/rollback-version-dialog";
import { formatDateTime } from "@/lib/format-date";
import { useTRPC } from "@/lib/trpc/react";
import { diffGraphs, type GraphDiff, type NodeChange } from "@/lib/workflow/diff";
import { nodeLabel } from "@/lib/workflow/node-types";
import { diffMarks } from "./diff-marks";
import { useCanvasMarks } from "./canvas-marks";
import { useEditor } from "./editor-context";
import { selectGraph } from "./editor-state";
import { useFocusStep } from "./use-focus-step";

type Props = {
  workflowId: string;
  /** After a rollback replaced the draft: the editor loads it. */
  onRolledBack: (from: number, published: number) => void;
};

/**
 * The published versions beside the canvas: compare one with the draft (steps added or changed
 * since are outlined on the canvas, removed ones listed) and roll back to it.
 */
export function EditorVersionsPanel({ workflowId, onRolledBack }: Props) {
  const trpc = useTRPC();
  const canPublish = useCan("workflow.publish");
  const versions = useQuery(trpc.workflows.versions.queryOptions({ id: workflowId }));
  const workflow = useQuery(trpc.workflows.get.queryOptions({ id: workflowId }));
  const [compared, setCompared] = useState<number | null>(null);
  const live = workflow.data?.publishedVersion ?? null;

  return (
    <section aria-labelledby="editor-versions-heading" className="grid content-start gap-3 p-4">
      <div className="grid gap-1">
        <h2 id="editor-versions-heading" className="text-sm font-semibold">
          Versions
        </h2>
        <p className="text-xs text-muted-foreground">
          Compare a published version with the draft on the canvas, or roll back to it.
        </p>
      </div>
      {versions.isError ? (
        <QueryError what="Versions" error={versions.error} onRetry={() => void versions.refetch()} />
      ) : versions.data?.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing is published yet.</p>
      ) : (
        <ol className="grid gap-2">
          {(versions.data ?? []).map((version) => (
            <li key={version.number} className="grid gap-1 rounded-md border p-2">
              <div className="flex items-center gap-2">
                <span className="flex-1 text-sm font-medium">
                  Version {version.number}
                  {version.number === live ? <span className="ml-1 text-xs text-muted-foreground">(live)</span> : null}
                </span>
                <Button
                  variant={compared === version.number ? "secondary" : "ghost"}
                  size="sm"
                  aria-pressed={compared === version.number}
                  onClick={() => setCompared((current) => (current === version.number ? null : version.number))}
                >
                  <GitCompare aria-hidden />
                  Compare<span className="sr-only"> version {version.number} with the draft</span>
                </Button>
              </div>
              <p className="text-xs text-muted-foreground">
                {version.note ? `${version.note} · ` : ""}
                {version.createdBy ?? "A former member"} ·{" "}
                <time dateTime={version.createdAt.toISOString()}>{formatDateTime(version.createdAt)}</time>
              </p>
              {canPublish && version.number !== live ? (
                <div>
                  <RollbackVersionDialog
                    workflow={{ id: workflowId, publishedVersion: live }}
                    version={version.number}
                    onRolledBack={(published) => {
                      setCompared(null);
                      onRolledBack(version.number, published);
                    }}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {compared !== null ? <VersionComparison workflowId={workflowId} version={compared} /> : null}
    </section>
  );
}

function VersionComparison({ workflowId, version }: { workflowId: string; version: number }) {
  const trpc = useTRPC();
  const marks = useCanvasMarks().diff;
  const draft = useEditor(selectGraph);
  const { focusStep } = useFocusStep();
  const query = useQuery({ ...trpc.workflows.version.queryOptions({ id: workflowId, version }), staleTime: Infinity });
  const diff = useMemo<GraphDiff | null>(
    () => (query.data ? diffGraphs(query.data, draft) : null),
    [query.data, draft],
  );

  useEffect(() => {
    marks.show(diff ? diffMarks(diff) : null);
  }, [diff, marks]);
  useEffect(() => () => marks.show(null), [marks]);

  if (query.isError)
    return <QueryError what={`Version ${version}`} error={query.error} onRetry={() => void query.refetch()} />;
  if (!diff) return <p className="text-sm text-muted-foreground">Loading version {version}…</p>;
  const changed = diff.nodes.changed.filter((change) => diffMarks(diff).has(change.id));
  const nothing =
    !diff.nodes.added.length &&
    !diff.nodes.removed.length &&
    !changed.length &&
    !diff.edges.added.length &&
    !diff.edges.removed.length;
  return (
    <div role="status" aria-label={`Draft compared with version ${version}`} className="grid gap-2 text-sm">
      <h3 className="font-medium">Draft compared with version {version}</h3>
      {nothing ? (
        <p className="text-muted-foreground">The draft does the same as version {version}.</p>
      ) : (
        <ul className="grid gap-1">
          {diff.nodes.added.map((node) => (
            <li key={`added-${node.id}`}>
              <button
                type="button"
                className="text-left underline-offset-4 hover:underline"
                onClick={() => focusStep(node.id)}
              >
                Added: {nodeLabel(node)}
              </button>
            </li>
          ))}
          {changed.map((change) => (
            <li key={`changed-${change.id}`}>
              <button
                type="button"
                className="text-left underline-offset-4 hover:underline"
                onClick={() => focusStep(change.id)}
              >
                Changed: {change.label} ({whatChanged(change)})
              </button>
            </li>
          ))}
          {diff.nodes.removed.map((node) => (
            <li key={`removed-${node.id}`} className="text-muted-foreground">
              Removed: {nodeLabel(node)}
            </li>
          ))}
          {diff.edges.added.length || diff.edges.removed.length ? (
            <li className="text-muted-foreground">
              Connections: {diff.edges.added.length} added, {diff.edges.removed.length} removed
            </li>
          ) : null}
        </ul>
      )}
    </div>
  );
}

/** What changed in a step, in words: "renamed from Tagline; prompt, temperature". */
function whatChanged(change: NodeChange): string {
  return [
    change.renamed ? `renamed from ${change.renamed.before ?? change.id}` : null,
    change.type ? `type was ${change.type.before}` : null,
    change.config.length ? change.config.map((path) => path || "settings").join(", ") : null,
    change.settings.length ? change.settings.join(", ") : null,
  ]
    .filter(Boolean)
    .join("; ");
}
