import { AppError } from "../errors";

/**
 * Runs `apply` for each selected row, inside the caller's transaction, so a bulk action
 * commits for every row or for none. A refusal names the row it stopped at.
 */
export async function applyToEach<T>(
  ids: string[],
  apply: (id: string) => Promise<T>,
  describe: (id: string) => Promise<string>,
): Promise<{ updated: number }> {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    try {
      await apply(id);
    } catch (error) {
      if (error instanceof AppError && error.code !== "NOT_FOUND") {
        throw new AppError(error.code, `${await describe(id)}: ${error.message} Nothing was changed.`, error.details);
      }
      if (error instanceof AppError) {
        throw new AppError("NOT_FOUND", "Some selected rows were not found in this agency. Reload and try again.");
      }
      throw error;
    }
  }
  return { updated: unique.length };
}
