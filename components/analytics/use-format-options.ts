"use client";

import { useSyncExternalStore } from "react";
import type { FormatOptions } from "@/lib/metrics";

const subscribe = () => () => {};
// The server cannot know the reader's language, so it renders with Intl's default and the browser
// swaps in navigator.language after hydration.
const defaultLocale = () => new Intl.NumberFormat().resolvedOptions().locale;
const browserLocale = () => navigator.language || defaultLocale();

/** The reader's locale plus `currency` (USD when the data has none or mixes currencies), for formatKpi. */
export function useFormatOptions(currency: string | null | undefined): FormatOptions {
  const locale = useSyncExternalStore(subscribe, browserLocale, defaultLocale);
  return { locale, currency: currency ?? "USD" };
}
