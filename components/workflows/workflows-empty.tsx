import { LayoutTemplate, Workflow } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { canEdit: boolean; onStartFromTemplate: () => void };

export function WorkflowsEmpty({ canEdit, onStartFromTemplate }: Props) {
  return (
    <EmptyState
      icon={<Workflow />}
      title="No workflows yet"
      description={
        canEdit
          ? "Start from a template made for agencies (content approval, weekly client reports, lead qualification, anomaly alerts, social calendars, client onboarding), or from a blank workflow, or describe what it should do and let the Chief of Staff draft it."
          : "Your agency has no workflows yet. Ask a member or manager to create one."
      }
      action={
        canEdit ? (
          <Button onClick={onStartFromTemplate}>
            <LayoutTemplate aria-hidden />
            Start from a template
          </Button>
        ) : undefined
      }
    />
  );
}
