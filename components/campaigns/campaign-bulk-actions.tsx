"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BulkChoice } from "@/components/ui/bulk-choice";
import { BulkActionBar, bulkMutationCallbacks, countOf } from "@/components/ui/bulk-selection";
import { CAMPAIGN_STATUSES, type TBulkTransitionCampaignsInput } from "@/lib/schemas/campaigns";
import { useTRPC } from "@/lib/trpc/react";
import { STATUS_LABELS } from "./campaign-fields";

const STATUS_OPTIONS = CAMPAIGN_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

type Props = { ids: string[]; onDone: () => void };

/**
 * Moves every selected campaign to one status. The server refuses the whole batch when one
 * campaign cannot make the move; its message names that campaign, so it is shown as it is.
 * Render only for roles with `campaign.status_change`.
 */
export function CampaignBulkActions({ ids, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const bulk = useMutation(
    trpc.campaigns.bulkTransition.mutationOptions(
      bulkMutationCallbacks({
        success: (updated, { to }: TBulkTransitionCampaignsInput) =>
          `Moved ${countOf(updated, "campaign")} to ${STATUS_LABELS[to]}`,
        failure: "No campaign was changed",
        onDone,
        invalidate: () => queryClient.invalidateQueries(trpc.campaigns.pathFilter()),
      }),
    ),
  );

  return (
    <BulkActionBar count={ids.length} onClear={onDone}>
      <BulkChoice
        label="Change status"
        placeholder="Choose a status"
        options={STATUS_OPTIONS}
        action="Apply"
        pending={bulk.isPending}
        onApply={(to) => bulk.mutate({ ids, to })}
        className="w-44"
      />
    </BulkActionBar>
  );
}
