import { toCsv } from "@/lib/csv";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import { withDb } from "../../db/client";
import type { ListExport } from "./list-exports";

/**
 * Streams a list as CSV, one page per pull and one short transaction per page, so a large
 * export neither holds a transaction open nor builds the whole file in memory. The export
 * is audited (a sensitive read) before the first byte.
 */
export async function streamListCsv(
  access: Omit<OrgContext, "db">,
  name: string,
  definition: ListExport,
  filters: Record<string, unknown>,
): Promise<ReadableStream<Uint8Array>> {
  const scope = { organizationId: access.organizationId, userId: access.actor.userId ?? undefined };
  await withDb(scope, (db) =>
    recordAudit(db, access.organizationId, access.actor, {
      action: `${name}.export`,
      targetType: name,
      after: { format: "csv", filters },
    }),
  );
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(toCsv([definition.columns.map(([header]) => header)])));
      }
      const page = await withDb(scope, (db) => definition.page({ db, ...access }, filters, cursor));
      if (page.items.length > 0) {
        controller.enqueue(
          encoder.encode(toCsv(page.items.map((row) => definition.columns.map(([, value]) => value(row))))),
        );
      }
      if (!page.nextCursor) controller.close();
      else cursor = page.nextCursor;
    },
  });
}
