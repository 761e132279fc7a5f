import type { BulkSelection } from "@/components/ui/bulk-selection";
import type { TAssetSummary } from "@/lib/schemas/assets";
import { AssetCard } from "./asset-card";

type Props = {
  assets: TAssetSummary[];
  /** Without it the cards cannot be selected (the role may not archive). */
  selection?: BulkSelection;
};

export function AssetsGrid({ assets, selection }: Props) {
  return (
    <div className="grid gap-3">
      {selection ? (
        <label className="flex w-fit cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 cursor-pointer accent-primary"
            checked={selection.allSelected}
            ref={(element) => {
              if (element) element.indeterminate = selection.someSelected;
            }}
            onChange={(event) => selection.toggleAll(event.target.checked)}
          />
          Select all on this page
        </label>
      ) : null}
      <ul aria-label="Assets" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {assets.map((asset) => (
          <li key={asset.id}>
            <AssetCard
              asset={asset}
              selection={
                selection
                  ? {
                      selected: selection.isSelected(asset.id),
                      onChange: (checked) => selection.toggle(asset.id, checked),
                    }
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
