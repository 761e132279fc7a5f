import type { Metadata } from "next";
import { Suspense } from "react";
import { RunsPage } from "@/components/runs/runs-page";

export const metadata: Metadata = { title: "Runs" };

export default function RunsRoute() {
  return (
    // The filters live in the URL, read on the client.
    <Suspense>
      <RunsPage />
    </Suspense>
  );
}
