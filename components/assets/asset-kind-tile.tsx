import { FileText, Film, ImageIcon } from "lucide-react";
import type { AssetKind } from "@/lib/schemas/assets";
import { cn } from "@/lib/utils";

const ICONS = { image: ImageIcon, video: Film, pdf: FileText } satisfies Record<AssetKind, unknown>;

/** Stands in for a thumbnail (videos and PDFs have none); the card names the kind in text. */
export function AssetKindTile({ kind, className }: { kind: AssetKind; className?: string }) {
  const Icon = ICONS[kind];
  return (
    <div
      aria-hidden="true"
      className={cn("flex items-center justify-center bg-muted text-muted-foreground [&_svg]:size-10", className)}
    >
      <Icon />
    </div>
  );
}
