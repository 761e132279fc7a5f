import type { Metadata } from "next";
import { ApprovalsPage } from "@/components/runs/approvals-page";

export const metadata: Metadata = { title: "Approvals" };

export default function ApprovalsRoute() {
  return <ApprovalsPage />;
}
