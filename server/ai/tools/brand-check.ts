import { z } from "zod";
import { ZId } from "@/lib/schemas/clients";
import { AppError } from "../../errors";
import { findClientsByName, getClient } from "../../services/clients/clients";
import { withTenant } from "./tenant";
import type { AgentTool } from "./types";

export type BrandRules = {
  bannedWords: readonly string[];
  disclaimers: readonly string[];
  toneKeywords: readonly string[];
};

export type BannedWordHit = { word: string; count: number; excerpts: string[] };

export type BrandCheck = {
  /** No banned word and every disclaimer present. Tone is advice, never a failure. */
  passed: boolean;
  bannedWords: BannedWordHit[];
  missingDisclaimers: string[];
  /** `score` is the share of tone keywords used, 0–1; null when the client has none. */
  tone: { found: string[]; missing: string[]; score: number | null };
  summary: string;
};

/** Most excerpts shown per banned word: enough to find them, few enough to keep the result short. */
export const MAX_EXCERPTS = 3;
/** Characters of context on each side of a banned word in an excerpt. */
const EXCERPT_CONTEXT = 40;

// A word is letters, marks, digits and connectors; an apostrophe or hyphen joins two words into one
// ("don't", "sugar-free"), so "free" is not found in "sugar-free", but a quote around a word is
// punctuation like any other ("'free'").
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}\\p{Pc}]";
const JOINER = "['’\\-‐]";
const START = `(?<!${WORD_CHAR})(?<!${WORD_CHAR}${JOINER})`;
// A possessive ("Acme's") still names the banned word.
const END = `(?:['’]s)?(?!${WORD_CHAR})(?!${JOINER}${WORD_CHAR})`;

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** A phrase as a pattern: any run of whitespace between its words, either kind of apostrophe. */
function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const body = words.map((word) => escapeRegExp(word).replace(/['’]/g, "['’]")).join("\\s+");
  return new RegExp(`${START}${body}${END}`, "giu");
}

/** The text around `[start, end)`, cut at whitespace, with "…" where it was cut, on one line. */
function excerpt(text: string, start: number, end: number): string {
  let from = Math.max(0, start - EXCERPT_CONTEXT);
  let to = Math.min(text.length, end + EXCERPT_CONTEXT);
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    from = space >= 0 ? from + space + 1 : from;
  }
  if (to < text.length) {
    const space = text.slice(end, to).search(/\s(?!.*\s)/s);
    to = space >= 0 ? end + space : to;
  }
  const middle = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${middle}${to < text.length ? "…" : ""}`;
}

/** Where `phrase` occurs in `text` as a whole word or phrase, ignoring case. */
function findPhrase(text: string, phrase: string): { count: number; excerpts: string[] } {
  const pattern = phrasePattern(phrase);
  if (!pattern) return { count: 0, excerpts: [] };
  const excerpts: string[] = [];
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    count += 1;
    if (excerpts.length < MAX_EXCERPTS) excerpts.push(excerpt(text, match.index, match.index + match[0].length));
  }
  return { count, excerpts };
}

/** Lower-cased with every run of whitespace one space: how disclaimers are compared. */
const loose = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Checks `text` against a client's brand rules; pure and deterministic.
 *
 * - Banned words and phrases match whole words, ignoring case (Unicode-aware): "free" matches
 *   "Free!" and "'free'" but not "freedom" or "sugar-free"; the words of a phrase may be
 *   separated by any whitespace; a possessive ("Acme's") counts.
 * - A disclaimer must appear word for word, ignoring case and how much whitespace separates words.
 * - Tone keywords match like banned words; the score is the share found. Tone never fails the check.
 *
 * `clientName` only personalises the summary.
 */
export function checkBrand(text: string, rules: BrandRules, clientName = "This client"): BrandCheck {
  const normalized = text.normalize("NFC");
  const toneResults = rules.toneKeywords.map((keyword) => ({ keyword, ...findPhrase(normalized, keyword) }));
  const found = toneResults.filter((result) => result.count > 0).map((result) => result.keyword);
  const missing = toneResults.filter((result) => result.count === 0).map((result) => result.keyword);
  const score =
    rules.toneKeywords.length === 0 ? null : Math.round((found.length / rules.toneKeywords.length) * 100) / 100;
  const tone = { found, missing, score };

  if (rules.bannedWords.length + rules.disclaimers.length + rules.toneKeywords.length === 0) {
    return {
      passed: true,
      bannedWords: [],
      missingDisclaimers: [],
      tone,
      summary:
        `${clientName} has no brand rules yet, so there was nothing to check. Add banned words, required ` +
        "disclaimers or tone keywords on the client's page, then check again.",
    };
  }

  const bannedWords = rules.bannedWords
    .map((word) => ({ word, ...findPhrase(normalized, word) }))
    .filter((hit) => hit.count > 0);
  const looseText = loose(normalized);
  const missingDisclaimers = rules.disclaimers.filter((disclaimer) => !looseText.includes(loose(disclaimer)));
  const passed = bannedWords.length === 0 && missingDisclaimers.length === 0;
  return {
    passed,
    bannedWords,
    missingDisclaimers,
    tone,
    summary: summarize(clientName, passed, bannedWords, missingDisclaimers, rules, tone),
  };
}

function summarize(
  clientName: string,
  passed: boolean,
  bannedWords: readonly BannedWordHit[],
  missingDisclaimers: readonly string[],
  rules: BrandRules,
  tone: BrandCheck["tone"],
): string {
  const problems: string[] = [];
  if (bannedWords.length > 0) {
    const words = bannedWords.map((hit) => `"${hit.word}"${hit.count > 1 ? ` ×${hit.count}` : ""}`).join(", ");
    const them = bannedWords.length === 1 ? "it" : "them";
    problems.push(`uses ${plural(bannedWords.length, "banned word")} (${words}): rewrite without ${them}`);
  }
  if (missingDisclaimers.length > 0) {
    const them = missingDisclaimers.length === 1 ? "it" : "them";
    problems.push(
      `lacks ${plural(missingDisclaimers.length, "required disclaimer")} (${quoted(missingDisclaimers)}): add ${them} word for word`,
    );
  }
  const checked: string[] = [];
  if (rules.bannedWords.length > 0) checked.push("no banned words");
  if (rules.disclaimers.length > 0) checked.push(`all ${plural(rules.disclaimers.length, "required disclaimer")}`);
  const verdict = passed
    ? `Passes ${clientName}'s brand rules${checked.length > 0 ? `: ${checked.join(", ")}` : ""}.`
    : `Fails ${clientName}'s brand rules: the copy ${problems.join("; it ")}.`;
  if (tone.score === null) return verdict;
  const total = tone.found.length + tone.missing.length;
  const toneLine =
    tone.missing.length === 0
      ? `Tone: all ${plural(total, "keyword")} used.`
      : `Tone: ${tone.found.length} of ${plural(total, "keyword")} used; consider ${quoted(tone.missing)}.`;
  return `${verdict} ${toneLine}`;
}

const ZBrandCheckInput = z
  .object({
    text: z.string().trim().min(1, "Give the copy to check.").max(20_000).describe("The copy to check."),
    clientId: ZId.optional().describe("The client whose brand rules apply (an id from the client search)."),
    client: z.string().trim().min(1).max(160).optional().describe("The client's name, when you do not have its id."),
  })
  .strict()
  .refine((input) => input.clientId !== undefined || input.client !== undefined, {
    message: "Say whose brand rules to use: give clientId or the client's name as client",
    path: ["client"],
  });
type TBrandCheckInput = z.infer<typeof ZBrandCheckInput>;

type RuleHolder = Awaited<ReturnType<typeof getClient>>;

const archived = (client: RuleHolder) =>
  new AppError(
    "PRECONDITION_FAILED",
    `${client.name} is archived; restore the client to check copy against its brand rules.`,
  );

/**
 * The client the call means. An id wins over a name. A name matches exactly (ignoring case), or
 * failing that, as part of one active client's name. Archived clients are refused: agents do not
 * write for them, and the client search does not list them either.
 */
async function resolveClient(ctx: Parameters<typeof getClient>[0], input: TBrandCheckInput): Promise<RuleHolder> {
  if (input.clientId !== undefined) {
    const client = await getClient(ctx, input.clientId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") {
        throw new AppError(
          "NOT_FOUND",
          `No client with id "${input.clientId}" in this agency; find it with the client search or give its name.`,
        );
      }
      throw error;
    });
    if (client.archivedAt) throw archived(client);
    return client;
  }
  const name = input.client ?? "";
  const candidates = await findClientsByName(ctx, name);
  const active = candidates.filter((client) => !client.archivedAt);
  const [only, ...others] = active;
  if (only && others.length === 0) return only;
  if (only) {
    const names = active.map((client) => `${client.name} (${client.id})`).join(", ");
    throw new AppError(
      "BAD_REQUEST",
      `Several clients match "${name}": ${names}. Give the full name or the clientId of the one you mean.`,
    );
  }
  const [first] = candidates;
  if (first) throw archived(first);
  throw new AppError("NOT_FOUND", `No client named "${name}" in this agency; check the name with the client search.`);
}

export const brandCheck = {
  name: "brand.check",
  description:
    "Check copy against a client's brand rules: banned words and phrases (whole words, any case), required " +
    "disclaimers (word for word) and tone keywords. Give the copy and the client (its id from the client search, " +
    "or its name). Returns passed, each banned word found with its count and excerpts, the missing disclaimers, the " +
    "tone keywords found and missing with a 0–1 score, and a summary. Fix what it reports and check again.",
  inputSchema: ZBrandCheckInput,
  async execute(ctx, input) {
    const client = await withTenant(ctx, (service) => resolveClient(service, input));
    const rules = {
      bannedWords: client.brandBannedWords,
      disclaimers: client.brandDisclaimers,
      toneKeywords: client.brandToneKeywords,
    };
    return { client: { id: client.id, name: client.name }, ...checkBrand(input.text, rules, client.name) };
  },
} satisfies AgentTool<TBrandCheckInput>;
