"use client";

import { type NodeProps } from "@xyflow/react";
import { StickyNote } from "lucide-react";
import { memo } from "react";
import { nodeLabel } from "@/lib/workflow/node-types";
import { cn } from "@/lib/utils";
import { type EditorNode } from "./flow-mapping";
import { ProblemBadge } from "./problem-badge";

const noteText = (config: unknown): string =>
  typeof config === "object" && config !== null && "text" in config && typeof config.text === "string"
    ? config.text
    : "";

/** A sticky note: text for the people reading the workflow, with no handles since it never runs. */
export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<EditorNode>) {
  const text = noteText(data.config);
  return (
    <div
      className={cn(
        "w-56 rounded-md border border-yellow-300 bg-yellow-100 p-3 text-yellow-950 shadow-sm dark:border-yellow-700 dark:bg-yellow-950/60 dark:text-yellow-50",
        selected && "ring-2 ring-ring",
      )}
    >
      <div className="mb-1 flex items-center gap-2">
        <StickyNote aria-hidden="true" className="size-4 shrink-0" />
        <p className="min-w-0 flex-1 truncate text-sm font-medium" data-testid="step-label">
          {nodeLabel({ id, name: data.name })}
        </p>
        <ProblemBadge id={id} />
      </div>
      <p className="line-clamp-6 text-xs whitespace-pre-wrap">{text || "Empty note"}</p>
    </div>
  );
});
