"use client";

import { useUpdateNodeInternals } from "@xyflow/react";
import { useEffect, useMemo, useRef } from "react";
import { handlesOf } from "@/lib/workflow/node-types";
import { type StepData } from "./flow-mapping";

/**
 * A step's handles from its config, and React Flow told when they change (a switch case added,
 * errors set to branch) so connections attach to the new handles.
 */
export function useStepHandles(id: string, data: StepData) {
  const handles = useMemo(() => handlesOf(data), [data]);
  const signature = handles ? [...handles.inputs, ...handles.outputs].map((handle) => handle.id).join("|") : "";
  const updateNodeInternals = useUpdateNodeInternals();
  const seen = useRef(signature);
  useEffect(() => {
    // React Flow measures handles when the node mounts; only a later change needs telling.
    if (seen.current === signature) return;
    seen.current = signature;
    updateNodeInternals(id);
  }, [id, signature, updateNodeInternals]);
  return handles;
}
