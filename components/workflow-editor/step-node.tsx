"use client";

import { type NodeProps } from "@xyflow/react";
import { memo } from "react";
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
  return (
    <div
      className={cn(
        "w-56 rounded-lg border border-l-4 bg-card text-card-foreground shadow-sm transition-shadow",
        style.edge,
        runStatus && RUN_RINGS[runStatus],
        diffMark && DIFF_OUTLINES[diffMark],
        selected && "ring-2 ring-ring",
      )}
      data-run-status={runStatus ?? undefined}
      data-diff={diffMark ?? undefined}
    >
      <div className="flex items-center gap-2 px-3 py-2">
        <span className={cn("flex size-8 shrink-0 items-center justify-center rounded-md", style.tile)}>
          <Icon aria-hidden="true" className="size-4" />
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium" data-testid="step-label">
            {nodeLabel({ id, name: data.name })}
          </p>
          <p className="truncate text-xs text-muted-foreground">{typeLabel}</p>
        </div>
        <ProblemBadge id={id} />
      </div>
      {runStatus ? <StepRunBadge status={runStatus} /> : null}
      {diffMark ? <StepDiffBadge mark={diffMark} /> : null}
      {needsHandleRows(inputs, outputs) ? (
        <div className="grid grid-cols-2 border-t">
          <InputHandles handles={inputs} />
          <OutputHandles handles={outputs} />
        </div>
      ) : (
        <>
          <InputHandles handles={inputs} />
          <OutputHandles handles={outputs} />
        </>
      )}
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
