"use client";

import { useRef, useState } from "react";

/**
 * A video that keeps its first signed link while it plays (a new src would restart it) and
 * switches to the fresh one only when the old one fails, e.g. a seek after it expired.
 */
export function AssetVideo({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState(url);
  const resumeAt = useRef(0);
  return (
    <video
      controls
      preload="metadata"
      src={src}
      aria-label={label}
      className="max-h-[70vh] w-full bg-black"
      onError={(event) => {
        if (src === url) return;
        resumeAt.current = event.currentTarget.currentTime;
        setSrc(url);
      }}
      onLoadedMetadata={(event) => {
        if (!resumeAt.current) return;
        event.currentTarget.currentTime = resumeAt.current;
        resumeAt.current = 0;
      }}
    >
      Your browser cannot play this video here. Use Download to watch it.
    </video>
  );
}
