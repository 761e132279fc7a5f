"use client";

import { useId, useMemo } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { emptied, messagesOf } from "./config-values";
import { formatRun, nextRuns } from "./cron-runs";
import { type FieldOf, type FieldProps } from "./field-props";

/** The zone a schedule runs in when it names none (the schema's default). */
const DEFAULT_ZONE = "UTC";

/** A cron pattern, with the next five times it fires in the schedule's time zone, or why it never does. */
export function CronField(props: FieldProps<FieldOf<"cron">>) {
  const { field, value, siblings, issues, onChange, readOnly } = props;
  const headingId = useId();
  const pattern = typeof value === "string" ? value : typeof field.defaultValue === "string" ? field.defaultValue : "";
  const zoneValue = field.timezoneKey ? siblings[field.timezoneKey] : undefined;
  const zone = typeof zoneValue === "string" && zoneValue.trim() ? zoneValue : DEFAULT_ZONE;
  // Worked out once per pattern and zone, from the moment they were typed.
  const preview = useMemo(() => nextRuns(pattern, zone), [pattern, zone]);
  const messages = messagesOf(issues, true);
  const previewError = !preview.ok && !messages.includes(preview.message) ? preview.message : null;

  return (
    <div className="grid gap-3">
      <FormField
        label={field.label}
        description={
          field.description ??
          "Five parts: minute hour day-of-month month day-of-week, e.g. 0 9 * * 1-5 for 9:00 on weekdays."
        }
        error={[...messages, ...(previewError ? [previewError] : [])].join(" ") || undefined}
        required={!field.optional}
      >
        <Input
          value={typeof value === "string" ? value : ""}
          readOnly={readOnly}
          spellCheck={false}
          autoCapitalize="none"
          className="font-mono"
          placeholder={typeof field.defaultValue === "string" ? `${field.defaultValue} (default)` : undefined}
          onChange={(event) => onChange(event.target.value === "" ? emptied(field, "") : event.target.value)}
        />
      </FormField>
      {preview.ok ? (
        <section aria-labelledby={headingId} className="grid gap-1 rounded-md border bg-muted/40 p-3">
          <h4 id={headingId} className="text-sm font-medium">
            Next five runs <span className="font-normal text-muted-foreground">({preview.timezone})</span>
          </h4>
          <ol className="grid gap-0.5 text-sm tabular-nums">
            {preview.runs.map((run) => (
              <li key={run.getTime()}>
                <time dateTime={run.toISOString()}>{formatRun(run, preview.timezone)}</time>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
