import { POST } from "@/app/api/hooks/[workflowId]/[secret]/route";
import { summarize, type Summary } from "../data/stats";
import type { Fixture } from "./fixture";
import { WEBHOOK_BODY, WEBHOOK_OUTPUT } from "./graphs";
import { startTrace, transactionsOf, withSide, type Transaction } from "./sql-trace";

export type WebhookTrace = {
  calls: number;
  /** Answer time of one call alone (the worker in this process, nothing else running). */
  aloneMs: Summary;
  /** Per run: round trips and transactions by side (the request, the worker) and what they do. */
  perRun: {
    statements: Record<string, number>;
    transactions: Record<string, number>;
    byLabel: Record<string, { transactions: number; statements: number }>;
  };
  /** The last traced call's transactions, ms from the request's start. */
  example: { side: string; label: string; statements: number; fromMs: number; toMs: number }[];
};

const round = (n: number) => Math.round(n * 100) / 100;

/** One webhook call through the route handler's own POST, as the hook server makes it. */
async function call(fixture: Fixture): Promise<number> {
  const [, , , workflowId, secret] = fixture.webhook.path.split("/");
  const started = performance.now();
  const response = await POST(
    new Request(`http://127.0.0.1${fixture.webhook.path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "127.0.0.1" },
      body: JSON.stringify(WEBHOOK_BODY),
    }),
    { params: Promise.resolve({ workflowId: workflowId as string, secret: secret as string }) },
  );
  const body = (await response.json()) as { output?: unknown };
  if (response.status !== 200 || body.output !== WEBHOOK_OUTPUT)
    throw new Error(`webhook answered ${response.status} ${JSON.stringify(body)}`);
  return performance.now() - started;
}

/**
 * Webhook calls one at a time in this process, with the in-process worker, every statement
 * recorded: what one run costs in round trips on each side, with nothing competing.
 */
export async function traceWebhook(fixture: Fixture, calls = 20, traced = 5): Promise<WebhookTrace> {
  const alone: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    alone.push(await withSide("request", () => call(fixture)));
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  let transactions: Transaction[] = [];
  let example: WebhookTrace["example"] = [];
  const statements: Record<string, number> = {};
  const transactionCounts: Record<string, number> = {};
  const byLabel: WebhookTrace["perRun"]["byLabel"] = {};
  for (let i = 0; i < traced; i += 1) {
    const trace = startTrace();
    const started = performance.now();
    try {
      await withSide("request", () => call(fixture));
      // The worker releases its lease and completes the job after the answer.
      await new Promise((resolve) => setTimeout(resolve, 30));
    } finally {
      transactions = transactionsOf(trace.stop());
    }
    for (const tx of transactions) {
      statements[tx.side] = (statements[tx.side] ?? 0) + tx.statements.length / traced;
      transactionCounts[tx.side] = (transactionCounts[tx.side] ?? 0) + 1 / traced;
      const entry = (byLabel[`${tx.side}: ${tx.label}`] ??= { transactions: 0, statements: 0 });
      entry.transactions += 1 / traced;
      entry.statements += tx.statements.length / traced;
    }
    example = transactions.map((tx) => ({
      side: tx.side,
      label: tx.label,
      statements: tx.statements.length,
      fromMs: round(tx.statements[0]!.at - started),
      toMs: round(tx.statements.at(-1)!.done - started),
    }));
  }
  const rounded = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));
  return {
    calls,
    aloneMs: summarize(alone),
    perRun: {
      statements: rounded(statements),
      transactions: rounded(transactionCounts),
      byLabel: Object.fromEntries(
        Object.entries(byLabel).map(([k, v]) => [
          k,
          { transactions: round(v.transactions), statements: round(v.statements) },
        ]),
      ),
    },
    example,
  };
}
