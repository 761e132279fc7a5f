"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BulkChoice } from "@/components/ui/bulk-choice";
import { BulkActionBar, bulkMutationCallbacks, countOf } from "@/components/ui/bulk-selection";
import { TASK_STATUSES, TASK_STATUS_LABELS } from "@/lib/schemas/tasks";
import { useTRPC } from "@/lib/trpc/react";
import { UNASSIGNED } from "./task-filter-values";
import { useMemberOptions } from "./use-member-options";

const STATUS_OPTIONS = TASK_STATUSES.map((status) => ({ value: status, label: TASK_STATUS_LABELS[status] }));

type Props = { ids: string[]; onDone: () => void };

/** One change to every selected task, all or none. */
export function TaskBulkActions({ ids, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { members } = useMemberOptions();
  const bulk = useMutation(
    trpc.tasks.bulkUpdate.mutationOptions(
      bulkMutationCallbacks({
        success: (updated) => `${countOf(updated, "task")} updated`,
        failure: "The tasks could not be updated",
        onDone,
        invalidate: () => queryClient.invalidateQueries(trpc.tasks.pathFilter()),
      }),
    ),
  );
  const assignees = [
    { value: UNASSIGNED, label: "Unassigned" },
    ...members.map((member) => ({ value: member.id, label: member.name })),
  ];

  return (
    <BulkActionBar count={ids.length} onClear={onDone}>
      <BulkChoice
        label="Set status"
        placeholder="Choose a status"
        options={STATUS_OPTIONS}
        action="Apply"
        pending={bulk.isPending}
        onApply={(status) => bulk.mutate({ ids, patch: { status } })}
        className="w-44"
      />
      <BulkChoice
        label="Assign to"
        placeholder="Choose a person"
        options={assignees}
        action="Assign"
        pending={bulk.isPending}
        onApply={(assignee) => bulk.mutate({ ids, patch: { assigneeId: assignee === UNASSIGNED ? null : assignee } })}
        className="w-48"
      />
    </BulkActionBar>
  );
}
