import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appError,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { brandCheck, checkBrand, MAX_EXCERPTS, type BrandRules } from "./brand-check";
import type { ToolContext } from "./types";

const rules = (overrides: Partial<BrandRules>): BrandRules => ({
  bannedWords: [],
  disclaimers: [],
  toneKeywords: [],
  ...overrides,
});

const bannedIn = (text: string, ...bannedWords: string[]) =>
  checkBrand(text, rules({ bannedWords })).bannedWords.map(({ word, count }) => [word, count]);

describe("checkBrand: banned words", () => {
  it("matches whole words only, ignoring case", () => {
    expect(bannedIn("FREE shipping, free returns, Free!", "free")).toEqual([["free", 3]]);
    expect(bannedIn("Freedom to roam, freely, carefree, freebies", "free")).toEqual([]);
    expect(bannedIn("Our cheapest coffee ever", "cheap")).toEqual([]);
    expect(bannedIn("Cheap? Never.", "cheap")).toEqual([["cheap", 1]]);
  });

  it("allows punctuation and quotes around a word, but not a joined word", () => {
    expect(bannedIn(`"free", (free) 'free' free. #free ¿free? «free»`, "free")).toEqual([["free", 7]]);
    expect(bannedIn("sugar-free and free-range", "free")).toEqual([]);
    expect(bannedIn("sugar-free and free-range", "sugar-free")).toEqual([["sugar-free", 1]]);
    expect(bannedIn("Don't miss it", "don")).toEqual([]);
    expect(bannedIn("free_shipping", "free")).toEqual([]);
  });

  it("counts a possessive as the word", () => {
    expect(bannedIn("Acme's prices, Acme’s fans and Acmes' stores", "Acme")).toEqual([["Acme", 2]]);
    expect(bannedIn("Starbucks’ fans", "Starbucks")).toEqual([["Starbucks", 1]]);
  });

  it("matches phrases across any whitespace, and straight or curly apostrophes", () => {
    expect(bannedIn("The best\n  ever latte. Best ever!", "best ever")).toEqual([["best ever", 2]]);
    expect(bannedIn("the best coffee ever", "best ever")).toEqual([]);
    expect(bannedIn("You won’t believe it", "won't believe")).toEqual([["won't believe", 1]]);
  });

  it("is Unicode-aware: accented letters are letters, and case folds beyond ASCII", () => {
    expect(bannedIn("Ein GÜNSTIGES Angebot, günstig!", "günstig")).toEqual([["günstig", 1]]);
    expect(bannedIn("Café CRÈME, café", "café")).toEqual([["café", 2]]);
    // "é" written as "e" plus a combining accent is the same word.
    expect(bannedIn("Cafe\u0301 au lait", "café")).toEqual([["café", 1]]);
    expect(bannedIn("Кофе дешёвый", "дешёвый")).toEqual([["дешёвый", 1]]);
    expect(bannedIn("cafés", "café")).toEqual([]);
  });

  it("treats regular-expression characters in a rule literally", () => {
    expect(bannedIn("Now 100% natural (c) 2024", "100%", "(c)")).toEqual([
      ["100%", 1],
      ["(c)", 1],
    ]);
    expect(bannedIn("a.b and axb", "a.b")).toEqual([["a.b", 1]]);
  });

  it("gives up to three excerpts per word, cut at whitespace and marked where cut", () => {
    const text = `${"lorem ipsum ".repeat(10)}buy cheap today${" and again cheap".repeat(4)}`;
    const [hit] = checkBrand(text, rules({ bannedWords: ["cheap"] })).bannedWords;
    expect(hit?.count).toBe(5);
    expect(hit?.excerpts).toHaveLength(MAX_EXCERPTS);
    expect(hit?.excerpts[0]).toBe("…ipsum lorem ipsum lorem ipsum buy cheap today and again cheap and again cheap…");
    // The text's end is not cut, so it has no "…".
    expect(hit?.excerpts[2]).toBe("…cheap today and again cheap and again cheap and again cheap and again cheap");
    expect(checkBrand("cheap", rules({ bannedWords: ["cheap"] })).bannedWords[0]?.excerpts).toEqual(["cheap"]);
    expect(checkBrand("So cheap\n\nreally", rules({ bannedWords: ["cheap"] })).bannedWords[0]?.excerpts).toEqual([
      "So cheap really",
    ]);
  });
});

describe("checkBrand: disclaimers, tone and the verdict", () => {
  const acme = rules({
    bannedWords: ["cheap", "guaranteed"],
    disclaimers: ["Terms and conditions apply.", "Offer ends 31 March."],
    toneKeywords: ["warm", "playful", "local"],
  });

  it("requires each disclaimer word for word, ignoring case and runs of whitespace", () => {
    const text = "Warm cups for everyone.\nTERMS and   conditions\napply. offer ends 31 march.";
    const result = checkBrand(text, acme, "Acme");
    expect(result.missingDisclaimers).toEqual([]);
    expect(result.passed).toBe(true);
    // Close is not enough: a changed word, or a missing full stop, is missing.
    expect(checkBrand("Terms & conditions apply. Offer ends 31 March", acme).missingDisclaimers).toEqual([
      "Terms and conditions apply.",
      "Offer ends 31 March.",
    ]);
  });

  it("scores tone as the share of keywords used, and never fails on tone", () => {
    const result = checkBrand("A warm, LOCAL roastery. Terms and conditions apply. Offer ends 31 March.", acme, "Acme");
    expect(result.tone).toEqual({ found: ["warm", "local"], missing: ["playful"], score: 0.67 });
    expect(result.passed).toBe(true);
    expect(result.summary).toBe(
      "Passes Acme's brand rules: no banned words, all 2 required disclaimers. " +
        'Tone: 2 of 3 keywords used; consider "playful".',
    );
  });

  it("fails on a banned word or a missing disclaimer, and says what to fix", () => {
    const result = checkBrand("Cheap coffee, guaranteed. Cheap!", acme, "Acme");
    expect(result.passed).toBe(false);
    expect(result.bannedWords).toEqual([
      { word: "cheap", count: 2, excerpts: ["Cheap coffee, guaranteed. Cheap!", "Cheap coffee, guaranteed. Cheap!"] },
      { word: "guaranteed", count: 1, excerpts: ["Cheap coffee, guaranteed. Cheap!"] },
    ]);
    expect(result.missingDisclaimers).toHaveLength(2);
    expect(result.tone.score).toBe(0);
    expect(result.summary).toBe(
      'Fails Acme\'s brand rules: the copy uses 2 banned words ("cheap" ×2, "guaranteed"): rewrite without them; ' +
        'it lacks 2 required disclaimers ("Terms and conditions apply.", "Offer ends 31 March."): add them word for ' +
        'word. Tone: 0 of 3 keywords used; consider "warm", "playful", "local".',
    );
    const onlyDisclaimer = checkBrand("Warm, playful, local. Terms and conditions apply.", acme, "Acme");
    expect(onlyDisclaimer.passed).toBe(false);
    expect(onlyDisclaimer.bannedWords).toEqual([]);
    expect(onlyDisclaimer.missingDisclaimers).toEqual(["Offer ends 31 March."]);
    expect(onlyDisclaimer.summary).toContain("Tone: all 3 keywords used.");
  });

  it("passes a client without rules, saying that rules are missing", () => {
    const result = checkBrand("The cheapest, freest copy ever.", rules({}), "Bluebird");
    expect(result).toEqual({
      passed: true,
      bannedWords: [],
      missingDisclaimers: [],
      tone: { found: [], missing: [], score: null },
      summary:
        "Bluebird has no brand rules yet, so there was nothing to check. Add banned words, required disclaimers " +
        "or tone keywords on the client's page, then check again.",
    });
  });

  it("has no tone score without tone keywords, and ignores blank rules", () => {
    const result = checkBrand("Plain copy.", rules({ bannedWords: ["   "], disclaimers: [] }));
    expect(result.tone.score).toBeNull();
    expect(result.passed).toBe(true);
    expect(result.summary).toBe("Passes This client's brand rules: no banned words.");
  });
});

describe("brand.check input", () => {
  it("needs the copy and a client id or name", () => {
    expect(brandCheck.inputSchema.safeParse({ text: "x", client: "Acme" }).success).toBe(true);
    expect(brandCheck.inputSchema.safeParse({ text: "x", clientId: "c_1" }).success).toBe(true);
    const noClient = brandCheck.inputSchema.safeParse({ text: "x" });
    expect(noClient.error?.issues[0]).toMatchObject({ path: ["client"], message: expect.stringMatching(/clientId/) });
    expect(brandCheck.inputSchema.safeParse({ text: " ", client: "Acme" }).success).toBe(false);
    expect(brandCheck.inputSchema.safeParse({ text: "x".repeat(20_001), client: "Acme" }).success).toBe(false);
    expect(brandCheck.inputSchema.safeParse({ text: "x", client: "Acme", extra: 1 }).success).toBe(false);
  });
});

describe("brand.check against the database", () => {
  let agency: TestAgency;
  let owner: Caller;
  let ctx: ToolContext;
  const run = (input: unknown) => brandCheck.execute(ctx, brandCheck.inputSchema.parse(input));

  afterAll(closeConnections);

  beforeAll(async () => {
    agency = await createAgency();
    owner = ownerCaller(agency);
    ctx = { organizationId: agency.organizationId, actor: ownerAccess(agency).actor, agentId: null };
  });

  it("checks copy against the client's saved rules, by name or by id", async () => {
    const client = await owner.clients.create({
      name: "Acme Roasters",
      brandBannedWords: ["cheap"],
      brandDisclaimers: ["Terms apply."],
      brandToneKeywords: ["bold"],
    });
    const byName = await run({ text: "Our cheapest coffee ever, and cheap too", client: "acme roasters" });
    expect(byName).toMatchObject({
      client: { id: client.id, name: "Acme Roasters" },
      passed: false,
      bannedWords: [{ word: "cheap", count: 1, excerpts: ["Our cheapest coffee ever, and cheap too"] }],
      missingDisclaimers: ["Terms apply."],
      tone: { found: [], missing: ["bold"], score: 0 },
    });
    const byId = await run({ text: "Bold coffee. Terms apply.", clientId: client.id, client: "ignored" });
    expect(byId).toMatchObject({ client: { id: client.id }, passed: true, tone: { score: 1 } });
  });

  it("finds a client by part of its name when only one active client matches", async () => {
    await owner.clients.create({ name: "Zebra Partial Match Co" });
    await expect(run({ text: "Hi", client: "zebra partial" })).resolves.toMatchObject({
      client: { name: "Zebra Partial Match Co" },
      passed: true,
      summary: expect.stringMatching(/^Zebra Partial Match Co has no brand rules yet/),
    });
  });

  it("asks which client when a name matches several", async () => {
    await owner.clients.create({ name: "Twin Peaks Coffee" });
    await owner.clients.create({ name: "Twin Peaks Tea" });
    const error = await appError(run({ text: "Hi", client: "twin peaks" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^Several clients match "twin peaks": Twin Peaks Coffee \(\w+\), Twin Peaks Tea/);
  });

  it("refuses an archived client with a way out", async () => {
    const client = await owner.clients.create({ name: "Gone Fishing Ltd", brandBannedWords: ["cheap"] });
    await owner.clients.archive({ id: client.id });
    for (const input of [{ clientId: client.id }, { client: "Gone Fishing Ltd" }]) {
      const error = await appError(run({ text: "cheap", ...input }));
      expect(error.code).toBe("PRECONDITION_FAILED");
      expect(error.message).toBe(
        "Gone Fishing Ltd is archived; restore the client to check copy against its brand rules.",
      );
    }
  });

  it("does not find another agency's client, by id or by name", async () => {
    const other = await createAgency();
    const foreign = await ownerCaller(other).clients.create({
      name: "Secret Rival Brand",
      brandBannedWords: ["cheap"],
    });
    const byId = await appError(run({ text: "cheap", clientId: foreign.id }));
    expect(byId.code).toBe("NOT_FOUND");
    expect(byId.message).toBe(
      `No client with id "${foreign.id}" in this agency; find it with the client search or give its name.`,
    );
    const byName = await appError(run({ text: "cheap", client: "Secret Rival Brand" }));
    expect(byName.code).toBe("NOT_FOUND");
    expect(byName.message).toBe(
      'No client named "Secret Rival Brand" in this agency; check the name with the client search.',
    );
  });
});
