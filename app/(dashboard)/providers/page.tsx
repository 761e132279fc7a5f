import type { Metadata } from "next";
import { ProvidersPage } from "@/components/providers/providers-page";

export const metadata: Metadata = { title: "Model providers" };

export default function ProvidersRoute() {
  return <ProvidersPage />;
}
