"use client";

import { useId } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { ON_ERROR_MODES, ZRetry, ZWorkflowNode, type OnErrorMode, type TRetry } from "@/lib/workflow/graph";
import { type StepData } from "./flow-mapping";
import { JsonField } from "./json-field";
import { useFieldDraft } from "./use-field-draft";

type Props = {
  data: StepData;
  readOnly: boolean;
  /** Changes fields of the step; `key` groups a run of typing in one field into one undo step. */
  onChange: (patch: Partial<StepData>, key: string) => void;
};

const ON_ERROR_LABELS: Record<OnErrorMode, string> = {
  fail: "Fail the run",
  continue: "Carry on with a fallback output",
  branch: "Take the On error path",
};

/** What a retry starts as when it is switched on. */
const DEFAULT_RETRY: TRetry = { attempts: 3, backoffMs: 1_000, maxBackoffMs: 30_000 };

/** What happens when a step fails or takes too long: its error handling, retries and time limit. */
export function StepSettingsFields({ data, readOnly, onChange }: Props) {
  const mode = data.onError?.mode ?? "fail";
  return (
    <fieldset className="grid gap-4" disabled={readOnly}>
      <legend className="mb-2 text-sm font-semibold">When it fails</legend>
      <FormField label="On error">
        <NativeSelect
          value={mode}
          onChange={(event) => {
            const next = event.target.value as OnErrorMode;
            const onError =
              next === "fail"
                ? undefined
                : next === "continue"
                  ? { mode: next, default: data.onError?.default ?? null }
                  : { mode: next };
            onChange({ onError }, "onError");
          }}
        >
          {ON_ERROR_MODES.map((option) => (
            <option key={option} value={option}>
              {ON_ERROR_LABELS[option]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {data.onError?.mode === "continue" ? (
        <JsonField
          label="Fallback output (JSON)"
          value={data.onError.default ?? null}
          readOnly={readOnly}
          description="What the step passes on instead of its output when it fails."
          onCommit={(value) => onChange({ onError: { mode: "continue", default: value } }, "onError.default")}
        />
      ) : null}
      <RetryFields retry={data.retry} onChange={onChange} />
      <TimeoutField timeoutMs={data.timeoutMs} onChange={onChange} />
    </fieldset>
  );
}

const seconds = (ms: number) => String(ms / 1_000);

/** A number typed in seconds as whole milliseconds, or null when it is not a number. */
function msFrom(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() && Number.isFinite(value) ? Math.round(value * 1_000) : null;
}

type RetryDraft = {
  attempts: string;
  backoff: string;
  maxBackoff: string;
  errors: Partial<Record<keyof TRetry, string>>;
};

function RetryFields({ retry, onChange }: { retry: TRetry | undefined; onChange: Props["onChange"] }) {
  const checkboxId = useId();
  const [draft, setDraft] = useFieldDraft(retry, (stored): RetryDraft => ({
    attempts: stored ? String(stored.attempts) : "",
    backoff: stored ? seconds(stored.backoffMs) : "",
    maxBackoff: stored ? seconds(stored.maxBackoffMs) : "",
    errors: {},
  }));

  const edit = (patch: Partial<Omit<RetryDraft, "errors">>) => {
    const next = { ...draft, ...patch };
    const attempts = Number(next.attempts.trim());
    const candidate = {
      attempts: next.attempts.trim() && Number.isFinite(attempts) ? attempts : Number.NaN,
      backoffMs: msFrom(next.backoff) ?? Number.NaN,
      maxBackoffMs: msFrom(next.maxBackoff) ?? Number.NaN,
    };
    const parsed = ZRetry.safeParse(candidate);
    if (!parsed.success) {
      const errors: RetryDraft["errors"] = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof TRetry | undefined;
        if (field && !errors[field]) errors[field] = issue.message;
      }
      setDraft({ ...next, errors }, retry);
      return;
    }
    setDraft({ ...next, errors: {} }, parsed.data);
    onChange({ retry: parsed.data }, "retry");
  };

  return (
    <div className="grid gap-3">
      <div className="flex items-center gap-2">
        <input
          id={checkboxId}
          type="checkbox"
          className="size-4 accent-primary"
          checked={retry !== undefined}
          onChange={(event) => onChange({ retry: event.target.checked ? DEFAULT_RETRY : undefined }, "retry.on")}
        />
        <label htmlFor={checkboxId} className="text-sm font-medium">
          Retry when it fails
        </label>
      </div>
      {retry ? (
        <div className="grid gap-3 pl-6">
          <FormField label="Tries in all" error={draft.errors.attempts}>
            <Input
              inputMode="numeric"
              value={draft.attempts}
              onChange={(event) => edit({ attempts: event.target.value })}
            />
          </FormField>
          <FormField label="First wait (seconds)" error={draft.errors.backoffMs}>
            <Input
              inputMode="decimal"
              value={draft.backoff}
              onChange={(event) => edit({ backoff: event.target.value })}
            />
          </FormField>
          <FormField
            label="Longest wait (seconds)"
            error={draft.errors.maxBackoffMs}
            description="Each wait doubles, up to the longest."
          >
            <Input
              inputMode="decimal"
              value={draft.maxBackoff}
              onChange={(event) => edit({ maxBackoff: event.target.value })}
            />
          </FormField>
        </div>
      ) : null}
    </div>
  );
}

const ZTimeout = ZWorkflowNode.shape.timeoutMs;

function TimeoutField({ timeoutMs, onChange }: { timeoutMs: number | undefined; onChange: Props["onChange"] }) {
  const [draft, setDraft] = useFieldDraft(timeoutMs, (stored) => ({
    text: stored === undefined ? "" : seconds(stored),
    error: undefined as string | undefined,
  }));

  const edit = (text: string) => {
    if (!text.trim()) {
      setDraft({ text, error: undefined }, undefined);
      onChange({ timeoutMs: undefined }, "timeoutMs");
      return;
    }
    const ms = msFrom(text);
    const parsed = ZTimeout.safeParse(ms ?? Number.NaN);
    if (ms === null || !parsed.success) {
      setDraft(
        { text, error: ms === null ? "Enter a number of seconds." : parsed.error?.issues[0]?.message },
        timeoutMs,
      );
      return;
    }
    setDraft({ text, error: undefined }, parsed.data);
    onChange({ timeoutMs: parsed.data }, "timeoutMs");
  };

  return (
    <FormField
      label="Time limit (seconds)"
      error={draft.error}
      description="Left empty, a step may take 5 minutes. Waiting for an approval or a delay does not count."
    >
      <Input inputMode="decimal" placeholder="300" value={draft.text} onChange={(event) => edit(event.target.value)} />
    </FormField>
  );
}
