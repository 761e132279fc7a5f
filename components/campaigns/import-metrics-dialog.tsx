"use client";

import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { MetricsImportForm } from "./metrics-import-form";

/** Render only for roles with `metrics.import`. Closing the dialog forgets the file and the report. */
export function ImportMetricsDialog() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Upload aria-hidden />
          Import metrics
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Import daily metrics</DialogTitle>
          <DialogDescription>
            Impressions, clicks, conversions, spend and revenue per campaign, day and channel. Check the file first:
            nothing is saved until you import it. Importing a day again replaces its numbers.
          </DialogDescription>
        </DialogHeader>
        <MetricsImportForm />
      </DialogContent>
    </Dialog>
  );
}
