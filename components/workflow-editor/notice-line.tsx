"use client";

import { useEffect, useState } from "react";
import { cn } from "@/lib/utils";
import { useEditor } from "./editor-context";
import { type EditorState } from "./editor-state";

const selectNotice = (state: EditorState) => state.notice;
/** How long a notice stays on screen; screen readers have heard it by then. */
const NOTICE_MS = 6_000;

/** The status line over the canvas: what was just done, or why a connection was refused. */
export function NoticeLine() {
  const notice = useEditor(selectNotice);
  const [hiddenSeq, setHiddenSeq] = useState(0);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setHiddenSeq(notice.seq), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const visible = notice !== null && notice.seq !== hiddenSeq;
  return (
    <div className="pointer-events-none absolute inset-x-0 top-3 z-10 flex justify-center px-4">
      <p
        role="status"
        aria-label="Editor status"
        className={cn(
          "max-w-xl rounded-md border bg-background/95 px-3 py-1.5 text-sm shadow-sm",
          notice?.tone === "error" && "border-destructive/40 text-destructive",
          !visible && "sr-only",
        )}
      >
        {visible ? notice.text : ""}
      </p>
    </div>
  );
}
