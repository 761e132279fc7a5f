"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc/react";
import { isLiveStatus } from "./run-labels";

/** Whether the live stream is connected, reconnecting, or gave up. */
export type LiveConnection = "connecting" | "open" | "reconnecting" | "closed";

/** Events that change what the run detail shows: it is fetched again after them. */
const CHANGES = [
  "run.started",
  "run.waiting",
  "step.started",
  "step.finished",
  "step.failed",
  "step.waiting",
  "approval.decided",
] as const;
const ENDS = ["run.succeeded", "run.failed", "run.cancelled"] as const;
/** A burst of events (the stored ones, on connecting) costs one fetch, not one each. */
const REFRESH_DELAY_MS = 150;
/** Streamed text kept per step: the end of a long answer, not all of it. */
const MAX_TOKEN_CHARS = 20_000;

type TokenEvent = { nodeId: string; text: string };

function parse(event: MessageEvent<string>): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(event.data);
    return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const isTokenEvent = (data: Record<string, unknown>): data is TokenEvent =>
  typeof data.nodeId === "string" && typeof data.text === "string";

/**
 * Follows a run that has not finished over `GET /api/runs/<id>/events`: the detail is fetched
 * again after each step event, and streamed model text is collected per step (it is not stored;
 * the step's output holds it once the step finishes). When the run ends the stream is closed;
 * a run retried since is followed again from the last event seen.
 */
export function useRunEvents(runId: string, live: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [tokens, setTokens] = useState<Record<string, string>>({});
  const [connection, setConnection] = useState<LiveConnection>("connecting");
  const lastEventId = useRef("");
  // Bumped to open a stream that gave up again.
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!live) return;
    let disposed = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const detailOptions = trpc.workflows.runDetail.queryOptions({ id: runId });
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => void queryClient.invalidateQueries(trpc.workflows.runDetail.queryFilter({ id: runId })),
        REFRESH_DELAY_MS,
      );
    };
    const remember = (event: MessageEvent<string>) => {
      if (event.lastEventId) lastEventId.current = event.lastEventId;
    };

    const connect = () => {
      const after = lastEventId.current ? `?lastEventId=${encodeURIComponent(lastEventId.current)}` : "";
      const stream = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events${after}`);
      source = stream;
      stream.onopen = () => setConnection("open");
      stream.onerror = () => {
        setConnection(stream.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
        // The run may have ended while the stream was away (the server then just closes it).
        refresh();
      };
      for (const type of CHANGES) {
        stream.addEventListener(type, (event) => {
          remember(event);
          const data = parse(event);
          // A new attempt streams its own text.
          if (type === "step.started" && typeof data.nodeId === "string") {
            const nodeId = data.nodeId;
            setTokens((current) => (current[nodeId] ? { ...current, [nodeId]: "" } : current));
          }
          if (type === "approval.decided") void queryClient.invalidateQueries(trpc.workflows.approvals.pathFilter());
          refresh();
        });
      }
      stream.addEventListener("token", (event) => {
        const data = parse(event);
        if (!isTokenEvent(data)) return;
        setTokens((current) => ({
          ...current,
          [data.nodeId]: ((current[data.nodeId] ?? "") + data.text).slice(-MAX_TOKEN_CHARS),
        }));
      });
      for (const type of ENDS) {
        stream.addEventListener(type, (event) => {
          remember(event);
          stream.close();
          clearTimeout(timer);
          void queryClient.invalidateQueries(trpc.workflows.runs.pathFilter());
          void queryClient.invalidateQueries(trpc.workflows.approvals.pathFilter());
          // An end replayed from before a retry: the run goes on, so follow it from here.
          void queryClient
            .fetchQuery({ ...detailOptions, staleTime: 0 })
            .then((run) => {
              if (!disposed && isLiveStatus(run.status)) connect();
            })
            .catch(() => undefined);
        });
      }
    };

    connect();
    return () => {
      disposed = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [runId, live, round, trpc, queryClient]);

  const reconnect = () => {
    setConnection("connecting");
    setRound((current) => current + 1);
    void queryClient.invalidateQueries(trpc.workflows.runDetail.queryFilter({ id: runId }));
  };

  return { tokens, connection, reconnect };
}
