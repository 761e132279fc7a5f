import { CircleStop } from "lucide-react";
import type { AnswerState } from "./chat-types";
import { formatCost, formatTokens } from "./format-usage";

/** Under an answer: that it was stopped or failed (the error as the server words it), and its usage. */
export function AnswerFooter({ answer }: { answer: AnswerState }) {
  const { status, error, usage, cached } = answer;
  // A stopped or failed run may be saved with no token counts (the provider never reported them): not "0 tokens".
  const usageKnown = usage !== null && status !== "streaming" && usage.inputTokens + usage.outputTokens > 0;
  return (
    <>
      {status === "incomplete" ? (
        <p className="flex items-center gap-1 text-xs font-medium text-warning-foreground dark:text-warning">
          <CircleStop aria-hidden className="size-3.5" />
          Stopped — incomplete
        </p>
      ) : null}
      {status === "error" ? (
        <p role="alert" className="rounded-md bg-destructive/10 p-2 text-sm text-destructive">
          {error || "The agent could not finish this answer."}
        </p>
      ) : null}
      {cached && status !== "streaming" ? (
        <p className="text-xs text-muted-foreground">Cached answer · no model call, no cost</p>
      ) : null}
      {usageKnown ? (
        <p className="text-xs text-muted-foreground">
          {formatTokens(usage.inputTokens, usage.outputTokens)}
          {usage.costUsd !== null ? ` · ${formatCost(usage.costUsd)}` : null}
        </p>
      ) : null}
    </>
  );
}
