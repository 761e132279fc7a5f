"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";
import { toast } from "@/components/ui/use-toast";
import { TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from "@/lib/schemas/tasks";
import { useTRPC } from "@/lib/trpc/react";
import { pickOption } from "@/components/clients/client-fields";
import { UNASSIGNED } from "./task-filter-values";
import { useMemberOptions } from "./use-member-options";

const STATUS_OPTIONS = ["", ...TASK_STATUSES] as const;

const tasksUpdated = (count: number) => `${count} ${count === 1 ? "task" : "tasks"} updated`;

type Props = { ids: string[]; onDone: () => void };

/** One change to every selected task, all or none. */
export function TaskBulkActions({ ids, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { members } = useMemberOptions();
  const [status, setStatus] = useState<TaskStatus | "">("");
  const [assignee, setAssignee] = useState("");
  const bulk = useMutation(
    trpc.tasks.bulkUpdate.mutationOptions({
      onSuccess: ({ updated }) => {
        toast({ title: tasksUpdated(updated), variant: "success" });
        setStatus("");
        setAssignee("");
        onDone();
      },
      onError: (error) =>
        toast({ title: "The tasks could not be updated", description: error.message, variant: "destructive" }),
      onSettled: () => queryClient.invalidateQueries(trpc.tasks.pathFilter()),
    }),
  );

  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="flex flex-wrap items-end gap-4 rounded-lg border bg-muted/40 p-3"
    >
      <p className="self-center text-sm font-medium" aria-live="polite">
        {ids.length} selected
      </p>
      <div className="flex items-end gap-2">
        <FormField label="Set status" className="w-44">
          <NativeSelect
            value={status}
            onChange={(event) => setStatus(pickOption(STATUS_OPTIONS, event.target.value, ""))}
          >
            {STATUS_OPTIONS.map((option) => (
              <option key={option || "none"} value={option} disabled={!option}>
                {option ? TASK_STATUS_LABELS[option] : "Choose a status"}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <Button
          variant="outline"
          disabled={!status || bulk.isPending}
          onClick={() => status && bulk.mutate({ ids, patch: { status } })}
        >
          Apply
        </Button>
      </div>
      <div className="flex items-end gap-2">
        <FormField label="Assign to" className="w-48">
          <NativeSelect value={assignee} onChange={(event) => setAssignee(event.target.value)}>
            <option value="" disabled>
              Choose a person
            </option>
            <option value={UNASSIGNED}>Unassigned</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <Button
          variant="outline"
          disabled={!assignee || bulk.isPending}
          onClick={() => bulk.mutate({ ids, patch: { assigneeId: assignee === UNASSIGNED ? null : assignee } })}
        >
          Assign
        </Button>
      </div>
      <Button variant="ghost" className="ml-auto" onClick={onDone}>
        Clear selection
      </Button>
    </div>
  );
}
