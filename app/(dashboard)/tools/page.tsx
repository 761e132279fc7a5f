import type { Metadata } from "next";
import { CustomToolsPage } from "@/components/custom-tools/custom-tools-page";

export const metadata: Metadata = { title: "Tools" };

export default function ToolsRoute() {
  return <CustomToolsPage />;
}
