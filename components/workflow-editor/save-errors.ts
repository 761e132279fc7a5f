import { TRPCClientError } from "@trpc/client";
import { type SaveConflict } from "./autosaver";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * The conflict in a refused `saveDraft`: someone saved first, and `data.revision` is the
 * revision that won. Null for any other failure.
 */
export function saveConflictOf(error: unknown): SaveConflict | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (!isRecord(data) || data.code !== "CONFLICT" || typeof data.revision !== "number") return null;
  return { revision: data.revision, message: error.message };
}

export const saveErrorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : "The draft could not be saved.";
