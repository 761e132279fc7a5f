import { type NodeConfig } from "@/lib/workflow/node-types";
import { AppError } from "../../errors";
import { type NodeExecutor } from "./types";
import { describeValue } from "./values";

export type LoopOutput = {
  /** The items the body runs for, at most `maxIterations`. */
  items: unknown[];
  count: number;
  /** How many items the list had before it was cut. */
  total: number;
  /** The list was longer than `maxIterations`: the items after it are left out. */
  truncated: boolean;
};

/**
 * Works out the list the loop's body runs over; the engine runs the body once per item (with
 * `item` and `index` in scope) and then takes Done. The expression must give a list; "no value"
 * (JSONata's answer for a path or filter that matches nothing) is an empty list. Anything else is
 * an error naming what it was.
 */
export const loopExecutor: NodeExecutor<NodeConfig<"loop">> = async (ctx, config) => {
  const found = await ctx.expression(config.items);
  const value = found === undefined ? [] : found;
  if (!Array.isArray(value)) {
    // JSONata hands a filter's single match back as the item itself, not a list of one.
    const hint =
      typeof value === "object" && value !== null
        ? ` If it filters a list, add [] to keep one match a list: items[price > 10][].`
        : "";
    throw new AppError(
      "BAD_REQUEST",
      `The loop needs a list to go over, but "${config.items}" gave ${describeValue(value)}.${hint}`,
      { field: "items" },
    );
  }
  const items = value.slice(0, config.maxIterations);
  const output: LoopOutput = {
    items,
    count: items.length,
    total: value.length,
    truncated: value.length > items.length,
  };
  return { kind: "done", output };
};
