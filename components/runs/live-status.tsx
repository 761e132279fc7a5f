import { Radio } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { LiveConnection } from "./use-run-events";

const TEXT: Record<LiveConnection, string> = {
  connecting: "Connecting to live updates…",
  open: "Live: this page follows the run as its steps run.",
  reconnecting: "Live updates interrupted; reconnecting…",
  closed: "Live updates stopped.",
};

type Props = { connection: LiveConnection; onReconnect: () => void };

/** Whether the page is following a run that has not finished, and a way back when it stopped. */
export function LiveStatus({ connection, onReconnect }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
      <Radio aria-hidden className={connection === "open" ? "size-4 text-success" : "size-4"} />
      <p role="status">{TEXT[connection]}</p>
      {connection === "closed" ? (
        <Button variant="link" size="sm" className="h-auto px-0" onClick={onReconnect}>
          Reconnect
        </Button>
      ) : null}
    </div>
  );
}
