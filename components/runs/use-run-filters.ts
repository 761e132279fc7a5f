"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { readRunFilters, runFilterSearch, type RunFilterValues } from "./run-filter-values";

/**
 * The runs list's filters, kept in the URL so a filtered list can be reloaded, shared and
 * reached with Back. Changing them replaces the URL (no history entry per keystroke).
 */
export function useRunFilters(): [RunFilterValues, (next: RunFilterValues) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const values = readRunFilters(params);
  const setValues = (next: RunFilterValues) => {
    const search = runFilterSearch(next);
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  };
  return [values, setValues];
}
