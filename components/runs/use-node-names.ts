"use client";

import { useQuery } from "@tanstack/react-query";
import { isNodeType, nodeLabel, NODE_TYPES } from "@/lib/workflow/node-types";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { useTRPC } from "@/lib/trpc/react";

/** How a step is named on the run's pages: the node's name and what kind of step it is. */
export type NodeNames = { label: string; type: string | null; typeLabel: string | null };

export type NodeNamer = (nodeId: string) => NodeNames;

function namer(graph: TWorkflowGraph | undefined): NodeNamer {
  const nodes = new Map((graph?.nodes ?? []).map((node) => [node.id, node]));
  return (nodeId) => {
    const node = nodes.get(nodeId);
    if (!node) return { label: nodeId, type: null, typeLabel: null };
    return {
      label: nodeLabel(node),
      type: node.type,
      typeLabel: isNodeType(node.type) ? NODE_TYPES[node.type].label : node.type,
    };
  };
}

/**
 * Names the run's steps from the graph it ran: the published version's (immutable, so fetched
 * once). A test run of the draft keeps its own graph, which `runDetail` does not return; the
 * current draft names its steps instead, and a step no longer in it shows its id.
 */
export function useNodeNames(run: { workflowId: string; versionNumber: number | null }): NodeNamer {
  const trpc = useTRPC();
  const published = run.versionNumber !== null;
  const version = useQuery({
    ...trpc.workflows.version.queryOptions({ id: run.workflowId, version: run.versionNumber ?? 1 }),
    enabled: published,
    staleTime: Infinity,
  });
  const draft = useQuery({ ...trpc.workflows.get.queryOptions({ id: run.workflowId }), enabled: !published });
  return namer(published ? version.data : draft.data?.draft);
}
