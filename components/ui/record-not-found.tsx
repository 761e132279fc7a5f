import { SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

type Props = {
  /** The kind of record, lower case, e.g. "asset": "Asset not found", "This asset does not exist…". */
  what: string;
  /** Records that can be deleted say so among the reasons. */
  deletable?: boolean;
  backHref: string;
  /** e.g. "Back to assets". */
  backLabel: string;
};

/** The page for a record this agency cannot see: missing, malformed id, or another agency's. */
export function RecordNotFound({ what, deletable = false, backHref, backLabel }: Props) {
  return (
    <div className="mx-auto grid max-w-lg justify-items-center gap-3 rounded-xl border border-dashed p-10 text-center">
      <div
        aria-hidden="true"
        className="flex size-12 items-center justify-center rounded-full bg-accent [&_svg]:size-6"
      >
        <SearchX />
      </div>
      <h1 className="text-xl font-semibold">{what.charAt(0).toUpperCase() + what.slice(1)} not found</h1>
      <p className="text-sm text-muted-foreground">
        This {what} does not exist in your current agency.{" "}
        {deletable ? "It may have been deleted, the link may be wrong," : "The link may be wrong,"} or it belongs to
        another agency — switch agency if you expected to see it.
      </p>
      <Button asChild variant="outline">
        <Link href={backHref}>{backLabel}</Link>
      </Button>
    </div>
  );
}
