import { Check } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { TTestProviderResult } from "@/lib/schemas/providers";

type Props = {
  result: TTestProviderResult;
  /** Ids already enabled in the form: they show as enabled instead of offering "Enable". */
  enabledIds?: readonly string[];
  /** When given, each listed model gets an "Enable" button. */
  onEnable?: (id: string) => void;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** What "Test connection" found: the provider's models, or its error word for word. */
export function ProviderTestResult({ result, enabledIds = [], onEnable }: Props) {
  if (!result.ok) {
    return (
      <div role="alert" className="grid gap-1 rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm">
        <p className="font-medium text-destructive">
          {result.status === null ? "Could not connect" : `Failed with HTTP ${result.status}`} after {result.latencyMs}{" "}
          ms
        </p>
        {/* The provider's own message, unedited: it usually says exactly what to fix. */}
        <p className="break-words whitespace-pre-wrap">{result.error}</p>
      </div>
    );
  }
  return (
    <div className="grid gap-2 rounded-md border border-success/40 bg-success/10 p-3 text-sm">
      <p role="status" className="font-medium text-success">
        Connected in {result.latencyMs} ms · {plural(result.models.length, "model")}
      </p>
      {result.models.length ? (
        <ul aria-label="Models the provider offers" className="grid max-h-48 gap-1 overflow-y-auto">
          {result.models.map((id) => (
            <li key={id} className="flex items-center justify-between gap-2">
              <code className="min-w-0 truncate">{id}</code>
              {!onEnable ? null : enabledIds.includes(id) ? (
                <span className="flex items-center gap-1 text-xs text-muted-foreground">
                  <Check aria-hidden className="size-3" />
                  Enabled
                </span>
              ) : (
                <Button type="button" variant="outline" size="sm" onClick={() => onEnable(id)}>
                  Enable<span className="sr-only"> {id}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
