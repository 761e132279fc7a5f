import { z } from "zod";
import type { AgentTool } from "./types";

/**
 * AIDA scoring by fixed, readable heuristics: no model, so the same text always gets the same
 * scores and every point can be explained. The word lists are English. Each stage scores 0–10,
 * the sum of the points of the checks it passes:
 *
 * Attention, on the hook (the first line, or the first sentence of a one-line text):
 *   3 short: at most 12 words (1 for 13–20) · 2 a number or a question ·
 *   3 a power word ("free", "new", "introducing", …) · 2 speaks to the reader ("you", "your")
 * Interest, on the rest:
 *   2 a body of at least two sentences · 1 per distinct benefit word, up to 4 ("save", "faster", …) ·
 *   2 specifics: a number in the body · 2 reader-focused: "you/your" at least as often as "we/our/I"
 * Desire:
 *   1 per distinct emotional word, up to 4 ("love", "imagine", …) ·
 *   2 per distinct social-proof signal, up to 4 ("customers", "rated", "10,000 people", …) ·
 *   2 scarcity or exclusivity ("limited", "exclusive", …)
 * Action:
 *   5 a call-to-action verb ("buy", "sign up", "book", …; not after a/the/our/your…, where it is a noun) · 2 the call to action closes the text ·
 *   2 urgency ("today", "ends", "hurry", …) · 1 a way to act: a link, an email address or a phone number
 */
const WORDS = {
  power: [
    "free",
    "new",
    "introducing",
    "announcing",
    "finally",
    "secret",
    "proven",
    "discover",
    "instantly",
    "guaranteed",
    "breakthrough",
    "stop",
    "never",
    "best",
    "win",
  ],
  benefit: [
    "save",
    "faster",
    "easier",
    "easy",
    "simple",
    "better",
    "grow",
    "boost",
    "improve",
    "increase",
    "results",
    "without",
    "effortless",
    "reliable",
    "fresh",
    "cheaper",
    "quality",
    "convenient",
    "in minutes",
  ],
  emotion: [
    "love",
    "imagine",
    "enjoy",
    "dream",
    "delight",
    "delicious",
    "beautiful",
    "happy",
    "proud",
    "confident",
    "confidence",
    "peace of mind",
    "stress",
    "worry",
    "excited",
    "amazing",
    "feel",
    "comfort",
    "joy",
    "relax",
  ],
  socialProof: [
    "customers",
    "reviews",
    "rated",
    "trusted",
    "testimonial",
    "award-winning",
    "award",
    "best-selling",
    "bestselling",
    "loved by",
    "thousands",
    "millions",
    "five-star",
    "5-star",
    "recommended",
    "as seen",
  ],
  scarcity: ["limited", "exclusive", "only", "last chance", "while supplies last", "few left", "members only"],
  cta: [
    "buy",
    "shop",
    "order",
    "sign up",
    "subscribe",
    "book",
    "call",
    "get started",
    "try",
    "download",
    "register",
    "join",
    "claim",
    "learn more",
    "contact",
    "visit",
    "reserve",
    "apply",
    "get yours",
    "grab",
    "schedule",
  ],
  urgency: ["today", "now", "tonight", "hurry", "ends", "ending", "deadline", "don't miss", "this week", "24 hours"],
} as const;

const COUNTED_CROWD = /\b\d[\d,.]*\+?\s*(?:k\s+)?(?:customers|clients|people|users|brands|teams|reviews|stars)\b/;
const WAY_TO_ACT = /https?:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{7,}\d/;
const SENTENCE_END = /(?<=[.!?])\s+/;

export const AIDA_STAGES = ["attention", "interest", "desire", "action"] as const;
type Stage = (typeof AIDA_STAGES)[number];
type StageScore = { score: number; reason: string };
export type AidaScore = Record<Stage, StageScore> & { total: number; weakest: Stage };

/** One heuristic: what it is worth, and how to say that it was found or missed. */
type Check = { points: number; found: string | null; missing: string };

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// After a determiner a call-to-action word is a noun ("in our shop", "your order"), not a request.
const NOT_A_VERB = "(?<!\\b(?:a|an|the|our|your|my|this|that|their|its|his|her)\\s+)";

/** The listed phrases that occur in `text` (lower-cased), each once, in list order. */
function matches(text: string, phrases: readonly string[], options: { verbs?: boolean } = {}): string[] {
  const prefix = options.verbs ? NOT_A_VERB : "";
  return phrases.filter((phrase) => new RegExp(`${prefix}(?<![\\w'-])${escape(phrase)}(?![\\w'-])`).test(text));
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(", ");

function check(passed: boolean, points: number, found: string, missing: string): Check {
  return { points: passed ? points : 0, found: passed ? found : null, missing };
}

function listed(words: readonly string[], perWord: number, cap: number, label: string, missing: string): Check {
  const points = Math.min(cap, words.length * perWord);
  return { points, found: points > 0 ? `${label} (${quoted(words)})` : null, missing };
}

function stage(checks: readonly Check[]): StageScore {
  const found = checks.flatMap((c) => (c.found ? [c.found] : []));
  const missing = checks.flatMap((c) => (c.found ? [] : [c.missing]));
  const parts = [found.length > 0 ? `Has ${found.join(", ")}` : "Has none of the signals"];
  if (missing.length > 0) parts.push(`lacks ${missing.join(", ")}`);
  return {
    score: Math.min(
      10,
      checks.reduce((sum, c) => sum + c.points, 0),
    ),
    reason: `${parts.join("; ")}.`,
  };
}

/** Splits copy into its hook and the rest. */
function split(text: string): { hook: string; body: string } {
  const lines = text
    .trim()
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > 1) return { hook: lines[0] ?? "", body: lines.slice(1).join(" ") };
  const [first = "", ...rest] = (lines[0] ?? "").split(SENTENCE_END);
  return { hook: first, body: rest.join(" ") };
}

/** Scores `text` on the AIDA stages; see the heuristics above. Pure and deterministic. */
export function scoreAida(text: string): AidaScore {
  const { hook, body } = split(text);
  const lowerHook = hook.toLowerCase();
  const lower = text.toLowerCase();
  const lowerBody = body.toLowerCase();
  const hookWords = hook.split(/\s+/).filter(Boolean).length;
  const sentences = text.trim().split(SENTENCE_END).filter(Boolean);
  const lastSentence = (sentences.at(-1) ?? "").toLowerCase();
  const ctas = matches(lower, WORDS.cta, { verbs: true });

  const you = count(lowerBody, /\b(?:you|your|yours)\b/g);
  const we = count(lowerBody, /\b(?:we|our|us|i|my)\b/g);
  const power = matches(lowerHook, WORDS.power);
  const proof = [...matches(lower, WORDS.socialProof), ...(COUNTED_CROWD.test(lower) ? ["a counted crowd"] : [])];
  const scarcity = matches(lower, WORDS.scarcity);
  const urgency = matches(lower, WORDS.urgency);

  const scores: Record<Stage, StageScore> = {
    attention: stage([
      {
        points: hookWords <= 12 ? 3 : hookWords <= 20 ? 1 : 0,
        found: hookWords <= 20 ? `a ${hookWords <= 12 ? "short" : "fair-length"} hook (${hookWords} words)` : null,
        missing: `a hook of at most 12 words (it has ${hookWords})`,
      },
      check(
        /\d|\?|\bhow to\b/.test(lowerHook),
        2,
        "a number or question in the hook",
        "a number or question in the hook",
      ),
      check(power.length > 0, 3, `a power word (${quoted(power)})`, "a power word in the hook"),
      check(/\b(?:you|your)\b/.test(lowerHook), 2, "words to the reader", "words to the reader in the hook"),
    ]),
    interest: stage([
      check(
        body.split(SENTENCE_END).filter(Boolean).length >= 2,
        2,
        "a body that develops the hook",
        "a body of at least two sentences",
      ),
      listed(matches(lowerBody, WORDS.benefit), 1, 4, "benefits", "benefits"),
      check(/\d/.test(lowerBody), 2, "specific numbers", "specific numbers"),
      check(you > 0 && you >= we, 2, "a reader focus (you over we)", "a reader focus (more you than we)"),
    ]),
    desire: stage([
      listed(matches(lower, WORDS.emotion), 1, 4, "emotional words", "emotional words"),
      listed(proof, 2, 4, "social proof", "social proof"),
      check(scarcity.length > 0, 2, `scarcity (${quoted(scarcity)})`, "scarcity or exclusivity"),
    ]),
    action: stage([
      check(ctas.length > 0, 5, `a call to action (${quoted(ctas)})`, "a call to action"),
      check(
        matches(lastSentence, WORDS.cta, { verbs: true }).length > 0,
        2,
        "the call to action at the end",
        "a call to action at the end",
      ),
      check(urgency.length > 0, 2, `urgency (${quoted(urgency)})`, "urgency"),
      check(WAY_TO_ACT.test(lower), 1, "a link or contact", "a link or contact"),
    ]),
  };
  const total = AIDA_STAGES.reduce((sum, name) => sum + scores[name].score, 0);
  const weakest = AIDA_STAGES.reduce((low, name) => (scores[name].score < scores[low].score ? name : low));
  return { ...scores, total, weakest };
}

const ZCopyAidaInput = z
  .object({ text: z.string().trim().min(1, "Give the copy to score.").max(20_000).describe("The copy to score.") })
  .strict();

export const copyAida = {
  name: "copy.aida",
  description:
    "Score marketing copy on AIDA: attention (the hook), interest (benefits, specifics), desire (emotion, " +
    "social proof, scarcity) and action (a clear call to action, urgency), 0–10 each with a one-line reason, " +
    "the total out of 40 and the weakest stage. Deterministic heuristics: fix what a reason says is lacking.",
  inputSchema: ZCopyAidaInput,
  async execute(_ctx, input) {
    return scoreAida(input.text);
  },
} satisfies AgentTool<z.infer<typeof ZCopyAidaInput>>;
