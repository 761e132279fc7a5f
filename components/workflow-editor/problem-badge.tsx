"use client";

import { TriangleExclamationPoint } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { useEditor } from "./editor-context";

/** How many problems the step has, on the node; nothing when it has none. */
export function ProblemBadge({ id }: { id: string }) {
  const problems = useEditor((state) => state.problems.byNode.get(id));
  if (!problems?.length) return null;
  const count = problems.length;
  return (
    <Badge
      variant="destructive"
      title={problems.map((problem) => problem.message).join("\n")}
      aria-label={`${count} ${count === 1 ? "problem" : "problems"}`}
      data-testid="problem-badge"
    >
      <TriangleExclamationPoint aria-hidden="true" />
      {count}
    </Badge>
  );
}
