import { SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export function AssetNotFound() {
  return (
    <div className="mx-auto grid max-w-lg justify-items-center gap-3 rounded-xl border border-dashed p-10 text-center">
      <div
        aria-hidden="true"
        className="flex size-12 items-center justify-center rounded-full bg-accent [&_svg]:size-6"
      >
        <SearchX />
      </div>
      <h1 className="text-xl font-semibold">Asset not found</h1>
      <p className="text-sm text-muted-foreground">
        This asset does not exist in your current agency. The link may be wrong, or it belongs to another agency —
        switch agency if you expected to see it.
      </p>
      <Button asChild variant="outline">
        <Link href="/assets">Back to assets</Link>
      </Button>
    </div>
  );
}
