import type { Metadata } from "next";
import { WorkflowOverview } from "@/components/workflows/workflow-overview";

export const metadata: Metadata = { title: "Workflow" };

export default async function WorkflowRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkflowOverview id={id} />;
}
