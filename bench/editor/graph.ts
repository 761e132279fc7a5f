import { edge, graph, node, start } from "@/lib/workflow/fixtures";
import type { TWorkflowEdge, TWorkflowGraph, TWorkflowNode } from "@/lib/workflow/graph";

/** Grid pitch in flow pixels: a step is 224 wide and up to about 90 tall; multiples of the 16 px snap grid. */
const COLUMN_PITCH = 288;
const ROW_PITCH = 128;
/** Width over height of the canvas at the bench's window size, so fitView shows the whole grid. */
const CANVAS_ASPECT = 1.1;

/** Step types other than the trigger, in the order cells take them along a row. */
const ROTATION = ["transform", "condition", "set_variable", "transform"] as const;

export type BenchGraph = {
  graph: TWorkflowGraph;
  columns: number;
  rows: number;
  /** A transform step near the middle of the grid: the one the drag moves. */
  dragNodeId: string;
};

const idAt = (row: number, column: number) => (row === 0 && column === 0 ? "start" : `s_${row}_${column}`);

/**
 * A valid workflow of `size` steps laid out on a grid that does not overlap: the manual trigger
 * top left, the first column a chain of transforms down from it, and each row a chain to the
 * right of transform, condition, set_variable and transform steps, each reading its
 * predecessor's output. A condition's Yes goes on along its row and its No to the step below,
 * so rows are joined too (edges go only right or down: no cycles). The last cell of every third
 * row is a sticky note, which has no handles.
 */
export function benchGraph(size: number): BenchGraph {
  const columns = Math.max(2, Math.round(Math.sqrt((size * ROW_PITCH * CANVAS_ASPECT) / COLUMN_PITCH)));
  const rows = Math.ceil(size / columns);
  const cells = Array.from({ length: size }, (_, index) => ({
    row: Math.floor(index / columns),
    column: index % columns,
  }));
  const typeAt = (row: number, column: number): string => {
    if (row === 0 && column === 0) return "trigger.manual";
    if (column === 0) return "transform";
    const lastInRow = column === columns - 1 || row * columns + column === size - 1;
    if (lastInRow && row % 3 === 1) return "note";
    return ROTATION[(column - 1) % ROTATION.length] as string;
  };
  const exists = (row: number, column: number) => row * columns + column < size && column < columns;

  const nodes: TWorkflowNode[] = [];
  const edges: TWorkflowEdge[] = [];
  for (const { row, column } of cells) {
    const id = idAt(row, column);
    const type = typeAt(row, column);
    const position = { x: column * COLUMN_PITCH, y: row * ROW_PITCH };
    if (type === "trigger.manual") {
      nodes.push({ ...start(), position });
      continue;
    }
    if (type === "note") {
      nodes.push(node(id, "note", { text: `Row ${row + 1} ends here.` }, { position }));
      continue;
    }
    const [fromRow, fromColumn] = column === 0 ? [row - 1, 0] : [row, column - 1];
    const from = idAt(fromRow, fromColumn);
    const fromHandle = typeAt(fromRow, fromColumn) === "condition" ? "true" : "out";
    edges.push(edge(from, id, fromHandle));
    const config =
      type === "condition"
        ? { expression: `nodes.${from}.output != null` }
        : type === "set_variable"
          ? { name: `v_${row}_${column}`, value: `nodes.${from}.output` }
          : { expression: `nodes.${from}.output` };
    nodes.push(
      node(id, type, config, type === "transform" ? { position } : { position, name: `Step ${row}.${column}` }),
    );
    if (type === "condition" && exists(row + 1, column) && typeAt(row + 1, column) !== "note")
      edges.push(edge(id, idAt(row + 1, column), "false"));
  }

  // The transform nearest the middle of the grid.
  const middle = { row: Math.floor(rows / 2), column: Math.floor(columns / 2) };
  const dragNodeId = cells
    .filter((cell) => typeAt(cell.row, cell.column) === "transform")
    .map((cell) => ({ ...cell, distance: Math.abs(cell.row - middle.row) + Math.abs(cell.column - middle.column) }))
    .sort((a, b) => a.distance - b.distance)
    .map((cell) => idAt(cell.row, cell.column))[0];
  if (!dragNodeId) throw new Error(`a ${size}-step bench graph has no transform step to drag`);
  return { graph: graph(nodes, edges), columns, rows, dragNodeId };
}
