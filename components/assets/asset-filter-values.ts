import type { z } from "zod";
import type { ASSET_SORTS, AssetKind, AssetStatus, ZListAssetsInput } from "@/lib/schemas/assets";
import type { Order } from "@/components/ui/option-select";

export type AssetSort = (typeof ASSET_SORTS)[number];

/** The list input without paging. */
export type AssetListInput = Omit<z.input<typeof ZListAssetsInput>, "cursor" | "direction" | "limit">;

export const ASSET_SORT_LABELS: Record<AssetSort, string> = {
  updatedAt: "Last updated",
  createdAt: "Uploaded",
  name: "Name",
};

export type AssetFilters = {
  search: string;
  clientId: string;
  status: AssetStatus | "";
  kind: AssetKind | "";
  archived: boolean;
  sort: AssetSort;
  order: Order;
};

export const DEFAULT_ASSET_FILTERS: AssetFilters = {
  search: "",
  clientId: "",
  status: "",
  kind: "",
  archived: false,
  sort: "updatedAt",
  order: "desc",
};

/** Whether anything narrows the list (the archived toggle included: it shows another set). */
export const isFiltered = (filters: AssetFilters) =>
  Boolean(filters.search.trim() || filters.clientId || filters.status || filters.kind || filters.archived);

/** The list input for `filters`; `search` is passed already debounced. */
export function assetListInput(filters: AssetFilters, search: string): AssetListInput {
  return {
    search: search || undefined,
    clientId: filters.clientId || undefined,
    statuses: filters.status ? [filters.status] : undefined,
    kinds: filters.kind ? [filters.kind] : undefined,
    archived: filters.archived,
    sort: filters.sort,
    order: filters.order,
  };
}
