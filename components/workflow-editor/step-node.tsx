"use client";

import { type NodeProps } from "@xyflow/react";
import { memo, useCallback } from "react";
import { isNodeType, nodeLabel, nodeTypeMeta } from "@/lib/workflow/node-types";
import { cn } from "@/lib/utils";
import { type EditorNode, type NodeLook } from "./flow-mapping";
import { InputHandles, needsHandleRows, OutputHandles } from "./node-handles";
import { lookFor, NODE_ICONS, UNKNOWN_ICON } from "./node-looks";
import { ProblemBadge } from "./problem-badge";
import { DIFF_OUTLINES, StepDiffBadge } from "./step-diff-badge";
import { StepRunBadge, RUN_RINGS } from "./step-run-badge";
import { useStepDiffMark, useStepRunStatus } from "./canvas-marks";
import { useStepHandles } from "./use-step-handles";
import { useEditor } from "./editor-context";
import { type EditorState } from "./editor-state";
import { useCompactZoom } from "./zoom-detail";

/** A compact card's face: tinted when the step has problems (the badge's text would not show). */
function CompactProblemTint({ id }: { id: string }) {
  const hasProblems = useEditor(useCallback((state: EditorState) => state.problems.byNode.has(id), [id]));
  return <div className={cn("h-[50px]", hasProblems && "bg-destructive/25")} />;
}

/** A step on the canvas: icon, name, what kind of step, its problems, and its handles. */
function StepNodeBody({ id, data, selected, look }: NodeProps<EditorNode> & { look: NodeLook }) {
  const handles = useStepHandles(id, data);
  const runStatus = useStepRunStatus(id);
  const diffMark = useStepDiffMark(id);
  const type = isNodeType(data.type) ? data.type : null;
  const Icon = type ? NODE_ICONS[type] : UNKNOWN_ICON;
  const style = lookFor(look);
  const typeLabel = type ? nodeTypeMeta(type).label : `Unknown type "${data.type}"`;
  const inputs = handles?.inputs ?? [];
  const outputs = handles?.outputs ?? [];
  const compact = useCompactZoom();
  const handleRows = needsHandleRows(inputs, outputs) ? (
    <div className="grid grid-cols-2 border-t">
      <InputHandles handles={inputs} />
      <OutputHandles handles={outputs} />
    </div>
  ) : (
    <>
      <InputHandles handles={inputs} />
      <OutputHandles handles={outputs} />
    </>
  );
  const label = nodeLabel({ id, name: data.name });
  if (compact)
    // The same box as the full card (so connections keep their places), without text, icon or
    // shadow. Handles stay laid out, unseen: connections are drawn to them.
    return (
      <div
        className={cn(
          // Square and with one border: plain rectangles are the cheapest thing to paint.
          "w-56 border-0 border-l-4 bg-card",
          style.edge,
          runStatus && RUN_RINGS[runStatus],
          diffMark && DIFF_OUTLINES[diffMark],
          selected && "ring-2 ring-ring",
        )}
        title={`${label} (${typeLabel})`}
        data-compact=""
        data-run-status={runStatus ?? undefined}
        data-diff={diffMark ?? undefined}
      >
        <CompactProblemTint id={id} />
        <div className="invisible">{handleRows}</div>
      </div>
    );
  return (
    <div
      className={cn(
        // One uniform border and no shadow, with the colour as a strip: a rounded box with one
        // thicker side or a blurred shadow is slow to paint, and the canvas paints every step.
        "relative w-56 rounded-lg border bg-card text-card-foreground",
        runStatus && RUN_RINGS[runStatus],
        diffMark && DIFF_OUTLINES[diffMark],
        selected && "ring-2 ring-ring",
      )}
      data-run-status={runStatus ?? undefined}
      data-diff={diffMark ?? undefined}
    >
      <span aria-hidden="true" className={cn("absolute inset-y-[-1px] left-[-1px] w-1 rounded-l-lg", style.strip)} />
      <div className="flex items-center gap-2 px-3 py-2">
        <span className={cn("flex size-8 shrink-0 items-center justify-center rounded-md", style.tile)}>
          <Icon aria-hidden="true" className="size-4" />
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium" data-testid="step-label">
            {label}
          </p>
          <p className="truncate text-xs text-muted-foreground">{typeLabel}</p>
        </div>
        <ProblemBadge id={id} />
      </div>
      {runStatus ? <StepRunBadge status={runStatus} /> : null}
      {diffMark ? <StepDiffBadge mark={diffMark} /> : null}
      {handleRows}
    </div>
  );
}

/** One memoized component per look, so React Flow skips nodes whose props did not change. */
function stepNodeFor(look: NodeLook) {
  const StepNode = memo(function StepNode(props: NodeProps<EditorNode>) {
    return <StepNodeBody {...props} look={look} />;
  });
  StepNode.displayName = `StepNode(${look})`;
  return StepNode;
}

export const TriggerNode = stepNodeFor("trigger");
export const AiNode = stepNodeFor("ai");
export const LogicNode = stepNodeFor("logic");
export const DataNode = stepNodeFor("data");
export const IntegrationNode = stepNodeFor("integration");
export const HumanNode = stepNodeFor("human");
export const FlowNode = stepNodeFor("flow");
export const UnknownNode = stepNodeFor("unknown");
