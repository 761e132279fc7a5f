import type { NodeNames } from "./use-node-names";

/** A step's name, with its loop iteration when it ran inside one: "Draft copy (iteration 2)". */
export const stepTitle = (names: NodeNames, iteration: string): string =>
  iteration ? `${names.label} (iteration ${iteration})` : names.label;
