"use client";

import { useState } from "react";

/** The browser's PDF viewer; keeps its first link, so a refreshed one does not reload the reader's place. */
export function AssetPdf({ url }: { url: string }) {
  const [src] = useState(url);
  return <iframe title="PDF preview" src={src} className="h-[70vh] w-full rounded-md border bg-muted" />;
}
