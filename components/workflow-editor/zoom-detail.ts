import { useStore, type ReactFlowState } from "@xyflow/react";

/**
 * Below this zoom a step's text is a few pixels high and cannot be read. The canvas then draws
 * steps as their coloured cards alone, connections without arrowheads and no dotted grid (whose
 * dots would be a few pixels apart): far cheaper to paint when hundreds of steps are in view.
 */
export const COMPACT_BELOW_ZOOM = 0.35;

const selectCompact = (state: ReactFlowState) => state.transform[2] < COMPACT_BELOW_ZOOM;

/** Whether the canvas is zoomed out past reading; renders again only when that flips. */
export function useCompactZoom(): boolean {
  return useStore(selectCompact);
}
