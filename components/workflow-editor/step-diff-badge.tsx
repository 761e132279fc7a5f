import { FilePen, FilePlus } from "lucide-react";
import type { DiffMark } from "./canvas-marks";

/** The outline a step gets when the draft is compared with a version. */
export const DIFF_OUTLINES: Record<DiffMark, string> = {
  added: "outline-2 outline-offset-2 outline-dashed outline-emerald-500",
  changed: "outline-2 outline-offset-2 outline-dashed outline-amber-500",
};

const WORDS: Record<DiffMark, string> = { added: "Not in that version", changed: "Changed since that version" };

/** Says in words what the outline shows: how the step differs from the version being compared. */
export function StepDiffBadge({ mark }: { mark: DiffMark }) {
  const Icon = mark === "added" ? FilePlus : FilePen;
  return (
    <p className="flex items-center gap-1.5 border-t px-3 py-1 text-xs text-muted-foreground">
      <Icon aria-hidden className="size-3.5" />
      <span>{WORDS[mark]}</span>
    </p>
  );
}
