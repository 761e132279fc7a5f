import type { Metadata } from "next";
import { WorkflowEditor } from "@/components/workflow-editor/workflow-editor";

export const metadata: Metadata = { title: "Edit workflow" };

export default async function WorkflowEditRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkflowEditor id={id} />;
}
