import { withDatabase } from "@/server/db/admin-sql";

/** The bench's own database on DATABASE_URL's server, dropped and migrated afresh each run. */
export const BENCH_DATABASE = "switchboard_bench_stream";

export const adminUrl =
  process.env.BENCH_STREAM_DATABASE_URL ??
  withDatabase(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", BENCH_DATABASE);

/** What the local model server accepts and answers as. */
export const MODEL = { id: "bench-stream-model", apiKey: "sk-bench-stream-0123456789" } as const;

/** Pause before each streamed token (the server sends one word per chunk). */
export const TOKEN_DELAY_MS = 5;

/** Words in every answer: the server echoes "Echo: <question>", so questions have one word fewer. */
export const ANSWER_TOKENS = 40;

const WORDS = ["draft", "a", "short", "follow", "up", "for", "the", "client", "about", "next", "week", "budget"];

/**
 * The person's message for stream `n`: always ANSWER_TOKENS - 1 words, ending in its number so
 * no two are alike and each answer can be checked against its own question.
 */
export function question(n: number): string {
  const words = Array.from({ length: ANSWER_TOKENS - 2 }, (_, i) => WORDS[i % WORDS.length] as string);
  return [...words, `#${n}`].join(" ");
}

export const expectedAnswer = (n: number) => `Echo: ${question(n)}`;

/** One concurrency level: `rounds` timed rounds of `concurrency` streams per path, after warm-up rounds. */
export type Level = { concurrency: number; rounds: number; warmupRounds: number };

export const LEVELS: Level[] = [
  { concurrency: 1, rounds: 200, warmupRounds: 20 },
  { concurrency: 16, rounds: 20, warmupRounds: 2 },
  { concurrency: 64, rounds: 20, warmupRounds: 2 },
];

/** The target: time-to-first-token added by the app, at p50. */
export const TARGET_ADDED_TTFT_P50_MS = 5;
