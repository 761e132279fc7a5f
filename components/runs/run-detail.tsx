"use client";

import { useState } from "react";
import { BackLink } from "@/components/ui/back-link";
import { FormAlert } from "@/components/ui/form-alert";
import { RecordHeader } from "@/components/ui/record-header";
import { DateTime } from "./date-time";
import { LiveStatus } from "./live-status";
import { RunActions } from "./run-actions";
import { RunApprovals } from "./run-approvals";
import { RunIo } from "./run-io";
import { isLiveStatus, triggerLabel, versionLabel } from "./run-labels";
import { RunStatusBadge } from "./run-status-badge";
import { RunSummary } from "./run-summary";
import type { RunDetail as TRunDetail } from "./run-types";
import { RunSteps } from "./run-steps";
import { defaultStepKey, groupSteps } from "./step-groups";
import { useNodeNames } from "./use-node-names";
import { useNow } from "./use-now";
import { useRunEvents } from "./use-run-events";

/** A run: header and facts, approvals waiting, the timeline beside the chosen step's trace, input and output. */
export function RunDetail({ run }: { run: TRunDetail }) {
  const live = isLiveStatus(run.status);
  const now = useNow(live);
  const names = useNodeNames(run);
  const { tokens, connection, reconnect } = useRunEvents(run.id, live);
  const [chosen, setChosen] = useState<string | null>(null);

  const groups = groupSteps(run.steps);
  const selectedKey = chosen && groups.some((group) => group.key === chosen) ? chosen : defaultStepKey(groups);

  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <BackLink href="/runs">All runs</BackLink>
      <RecordHeader
        title={run.workflowName}
        meta={
          <>
            <RunStatusBadge status={run.status} />
            <span>
              {versionLabel(run.versionNumber)} · {triggerLabel(run.trigger)} · queued{" "}
              <DateTime value={run.createdAt} />
            </span>
          </>
        }
        actions={<RunActions runId={run.id} workflowId={run.workflowId} status={run.status} />}
      />
      {live ? <LiveStatus connection={connection} onReconnect={reconnect} /> : null}
      {run.error ? <FormAlert announce={false}>{run.error}</FormAlert> : null}
      <RunSummary run={run} now={now} />
      {live ? <RunApprovals runId={run.id} steps={run.steps} names={names} /> : null}
      <RunSteps
        run={run}
        groups={groups}
        live={live}
        now={now}
        names={names}
        tokens={tokens}
        selectedKey={selectedKey}
        onSelect={setChosen}
        className="lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
      />
      <RunIo run={run} />
    </div>
  );
}
