"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

/** Which conversation the chat shows, and whether its saved messages must be loaded first. */
export type ThreadSelection = {
  /** Changes whenever a different conversation (or a new one) is opened: the chat's React key. */
  generation: number;
  conversationId: string | null;
  loadSaved: boolean;
  /** The `?c=` this selection last followed. */
  urlId: string | null;
};

/**
 * The open conversation follows `?c=<id>` (links, reload, back and forward). A conversation the
 * chat itself just started is written into the URL without a reload and without restarting the
 * chat, so its answer keeps streaming.
 */
export function useThreadSelection() {
  const urlId = useSearchParams().get("c");
  const [thread, setThread] = useState<ThreadSelection>(() => ({
    generation: 0,
    conversationId: urlId,
    loadSaved: urlId !== null,
    urlId,
  }));
  if (urlId !== thread.urlId) {
    // The URL catching up with a conversation the chat started keeps the chat; any other change opens another.
    setThread(
      urlId === thread.conversationId
        ? { ...thread, urlId }
        : { generation: thread.generation + 1, conversationId: urlId, loadSaved: urlId !== null, urlId },
    );
  }

  const openGeneration = useRef(thread.generation);
  useEffect(() => {
    openGeneration.current = thread.generation;
  });

  /** The chat opened as `generation` started `conversationId`; ignored once another chat is open. */
  const adopt = useCallback((generation: number, conversationId: string) => {
    if (generation !== openGeneration.current) return;
    // The state first (the router applies the new URL in a transition, after it): until the URL
    // catches up, `urlId` still holds the old value, so nothing restarts.
    setThread((current) => ({ ...current, conversationId }));
    const url = new URL(window.location.href);
    url.searchParams.set("c", conversationId);
    window.history.replaceState(null, "", url);
  }, []);

  return { thread, adopt };
}
