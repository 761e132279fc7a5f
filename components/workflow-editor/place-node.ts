import { type TPosition } from "@/lib/workflow/graph";
import { nodeTypeMeta, type NodeType } from "@/lib/workflow/node-types";

/** The canvas grid nodes snap to, in pixels. */
export const GRID = 16;

/** A step's size before the browser has measured it (the node is `w-56`, about this tall). */
export const DEFAULT_NODE_SIZE = { width: 224, height: 72 } as const;

export interface Size {
  width: number;
  height: number;
}
export interface Rect extends TPosition, Size {}

export const snapToGrid = (value: number): number => Math.round(value / GRID) * GRID;

/**
 * A new step's config: its type's defaults where an empty config parses, otherwise empty, so
 * the fields it still needs show as problems on the node.
 */
export function defaultConfig(type: NodeType): unknown {
  const parsed = nodeTypeMeta(type).config.safeParse({});
  return parsed.success ? parsed.data : {};
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** How far from the wanted place to look for room, in node-sized steps each way. */
const REACH = 4;

/** Offsets to try, in steps: nearest first; on a tie below before above, right before left. */
const OFFSETS = Array.from({ length: 2 * REACH + 1 }, (_, row) => row - REACH)
  .flatMap((row) => Array.from({ length: 2 * REACH + 1 }, (_, column) => ({ column: column - REACH, row })))
  .sort((a, b) => a.row ** 2 + a.column ** 2 - (b.row ** 2 + b.column ** 2) || b.row - a.row || b.column - a.column);

/**
 * Where to put a new step of `size` wanted at `wanted` (its top-left): there, snapped to the
 * grid, unless a step in `taken` is in the way; then the nearest free place around it, so a step
 * added twice at the same spot does not hide the first and stays near where the person looks.
 */
export function freeSpot(wanted: TPosition, taken: readonly Rect[], size: Size = DEFAULT_NODE_SIZE): TPosition {
  const start = { x: snapToGrid(wanted.x), y: snapToGrid(wanted.y) };
  const stepX = snapToGrid(size.width + 3 * GRID);
  const stepY = snapToGrid(size.height + 3 * GRID);
  for (const { column, row } of OFFSETS) {
    const spot = { x: start.x + column * stepX, y: start.y + row * stepY };
    if (!taken.some((rect) => overlaps({ ...spot, ...size }, rect))) return spot;
  }
  return start;
}
