"use client";

import { Handle, Position } from "@xyflow/react";
import { type HandleSpec } from "@/lib/workflow/node-meta";
import { cn } from "@/lib/utils";

const HANDLE_CLASS = "size-3! border-2! border-card! bg-muted-foreground! hover:bg-primary!";

/** A single plain In or Out handle sits mid-side without a label; anything else gets labelled rows. */
const isPlain = (handles: readonly HandleSpec[], id: string) => handles.length === 1 && handles[0]?.id === id;

/** Whether a node needs labelled handle rows: a side with more than the one plain handle. */
export const needsHandleRows = (inputs: readonly HandleSpec[], outputs: readonly HandleSpec[]) =>
  !(inputs.length === 0 || isPlain(inputs, "in")) || !(outputs.length === 0 || isPlain(outputs, "out"));

/** A node's input handles down its left side. */
export function InputHandles({ handles }: { handles: readonly HandleSpec[] }) {
  if (!handles.length) return null;
  if (isPlain(handles, "in"))
    return <Handle type="target" position={Position.Left} id="in" title="In" className={HANDLE_CLASS} />;
  return (
    <ul className="grid gap-1 py-1" aria-label="Inputs">
      {handles.map((handle) => (
        <li key={handle.id} className="relative py-0.5 pl-3 text-[11px] text-muted-foreground">
          <Handle
            type="target"
            position={Position.Left}
            id={handle.id}
            title={handle.label}
            className={cn(HANDLE_CLASS, "-left-1!", handle.kind === "loop_back" && "bg-amber-500!")}
          />
          {handle.label}
        </li>
      ))}
    </ul>
  );
}

/** A node's output handles down its right side; the error path is drawn in red. */
export function OutputHandles({ handles }: { handles: readonly HandleSpec[] }) {
  if (!handles.length) return null;
  if (isPlain(handles, "out"))
    return <Handle type="source" position={Position.Right} id="out" title="Out" className={HANDLE_CLASS} />;
  return (
    <ul className="grid gap-1 py-1" aria-label="Outputs">
      {handles.map((handle) => (
        <li key={handle.id} className="relative py-0.5 pr-3 text-right text-[11px] text-muted-foreground">
          {handle.label}
          <Handle
            type="source"
            position={Position.Right}
            id={handle.id}
            title={handle.label}
            className={cn(HANDLE_CLASS, handle.id === "error" && "bg-destructive!")}
          />
        </li>
      ))}
    </ul>
  );
}
