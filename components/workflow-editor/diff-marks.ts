import type { GraphDiff } from "@/lib/workflow/diff";
import type { DiffMark } from "./canvas-marks";

/**
 * The outline each step of the draft gets when compared with a version: added, or changed in
 * what it is or does (type, name, config, settings). A step that only moved is not marked:
 * positions change whenever someone tidies the canvas.
 */
export function diffMarks(diff: GraphDiff): Map<string, DiffMark> {
  const marks = new Map<string, DiffMark>();
  for (const node of diff.nodes.added) marks.set(node.id, "added");
  for (const change of diff.nodes.changed) {
    if (change.type || change.renamed || change.config.length || change.settings.length)
      marks.set(change.id, "changed");
  }
  return marks;
}
