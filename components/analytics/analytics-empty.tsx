import { ChartLine } from "lucide-react";
import Link from "next/link";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** No metric rows in the range (or for the chosen client or campaign). */
export function AnalyticsEmpty() {
  const canImport = useCan("metrics.import");
  return (
    <EmptyState
      icon={<ChartLine />}
      title="No metrics in this period"
      description={
        canImport
          ? "Choose another period, or import daily metrics with Import metrics on the Campaigns page."
          : "Choose another period, or ask a member to import daily metrics on the Campaigns page."
      }
      action={
        <Button variant="outline" asChild>
          <Link href="/campaigns">Go to Campaigns</Link>
        </Button>
      }
    />
  );
}
