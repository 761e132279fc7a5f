import { AppError } from "../errors";

/** The `where` that finds another row with this name, ignoring case (and the row being renamed). */
export const sameNameWhere = (name: string, exceptId?: string) => ({
  name: { equals: name, mode: "insensitive" as const },
  ...(exceptId && { id: { not: exceptId } }),
});

/** Refuses a name another row of the agency already has, saying which field to change. */
export function assertNameFree(clash: unknown, what: string, name: string): void {
  if (clash)
    throw new AppError("CONFLICT", `${what} named "${name}" already exists. Pick another name.`, { field: "name" });
}
