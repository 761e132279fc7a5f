import { getToolName, type DynamicToolUIPart, type ToolUIPart } from "ai";
import { ChevronRight } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { fromModelToolName, toolLabel as catalogLabel } from "@/lib/agents/tools";

type Props = {
  part: ToolUIPart | DynamicToolUIPart;
  /** The answer is still streaming: a call without a result is running, not cut off. */
  answering: boolean;
};

type Shown = { label: string; variant: BadgeProps["variant"] };

function stateOf(part: Props["part"], answering: boolean): Shown {
  switch (part.state) {
    case "output-available":
      return { label: "done", variant: "success" };
    case "output-error":
      return { label: "failed", variant: "destructive" };
    case "output-denied":
      return { label: "denied", variant: "destructive" };
    case "approval-requested":
    case "approval-responded":
      return { label: "waiting", variant: "warning" };
    case "input-streaming":
    case "input-available":
      return answering ? { label: "running", variant: "secondary" } : { label: "not finished", variant: "warning" };
  }
}

/** The tool's name as the agent editor shows it ("Search clients"), or the raw name for an unknown tool. */
function toolLabel(part: Props["part"]): string {
  const modelName = getToolName(part);
  const tool = fromModelToolName(modelName);
  return tool ? catalogLabel(tool) : modelName;
}

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <figure className="grid gap-1">
      <figcaption className="text-xs font-medium text-muted-foreground">{title}</figcaption>
      <pre className="max-h-64 overflow-auto rounded-md bg-muted p-2 font-mono text-xs">
        {value === undefined ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}

/** A tool call inside an answer, live: label and state on top, its input and output (or error) inside. */
export function ToolCallCard({ part, answering }: Props) {
  const label = toolLabel(part);
  const state = stateOf(part, answering);
  const labelId = `tool-${part.toolCallId}-label`;
  return (
    <details aria-labelledby={labelId} className="group rounded-lg border bg-background">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden className="size-4 transition-transform group-open:rotate-90" />
        <span id={labelId} className="font-medium">
          {label}
        </span>
        <Badge variant={state.variant}>{state.label}</Badge>
      </summary>
      <div className="grid gap-2 border-t px-3 py-2">
        <Json title="Input" value={part.input} />
        {part.state === "output-error" ? (
          <div className="grid gap-1">
            <p className="text-xs font-medium text-muted-foreground">Error</p>
            <p className="rounded-md bg-destructive/10 p-2 text-xs text-destructive">{part.errorText}</p>
          </div>
        ) : part.state === "output-available" ? (
          <Json title="Output" value={part.output} />
        ) : null}
      </div>
    </details>
  );
}
