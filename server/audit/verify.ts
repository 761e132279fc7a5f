import type { Db } from "../db/client";
import { GENESIS_HASH, hashEvent } from "./canonical";

export type ChainReport =
  | { ok: true; checked: number; lastHash: string }
  | { ok: false; checked: number; brokenAt: { id: string; seq: number; reason: string } };

const BATCH = 1000;

/**
 * Re-hashes the agency's audit events in order and reports the first one whose stored hash,
 * link to its predecessor or sequence number does not hold.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const event of events) {
      const broken = (reason: string): ChainReport => ({
        ok: false,
        checked,
        brokenAt: { id: event.id, seq: event.seq, reason },
      });
      if (event.seq !== expectedSeq) return broken(`sequence jumps from ${expectedSeq - 1} to ${event.seq}`);
      if (event.prevHash !== prevHash) return broken("its previous-hash does not match the event before it");
      const recomputed = hashEvent(event);
      if (recomputed !== event.hash) return broken("its contents do not match its hash");
      prevHash = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (events.length < BATCH) return { ok: true, checked, lastHash: prevHash };
  }
}
