import { describe, expect, it } from "vitest";
import { copyAida, scoreAida } from "./copy-aida";

const STRONG = [
  "Finally, coffee that wakes you up in 5 minutes?",
  "Our new cold brew is easier on your stomach and gives you better focus without the crash. " +
    "Each bag makes 30 cups.",
  "Imagine mornings you actually enjoy. Trusted by 12,000 customers and rated 4.9 stars.",
  "Limited batch: order today at https://bluebird.example/brew before it sells out.",
].join("\n");

const WEAK = "We are a company. We make coffee products and we have many kinds of them for sale in our shop.";

describe("copy.aida", () => {
  it("scores strong copy high on every stage, with the reasons for each point", () => {
    const score = scoreAida(STRONG);
    expect(score).toEqual({
      attention: {
        score: 10,
        reason:
          'Has a short hook (9 words), a number or question in the hook, a power word ("finally"), words to the reader.',
      },
      interest: {
        score: 9,
        reason:
          'Has a body that develops the hook, benefits ("easier", "better", "without"), specific numbers, a reader focus (you over we).',
      },
      desire: {
        score: 8,
        reason:
          'Has emotional words ("imagine", "enjoy"), social proof ("customers", "rated", "trusted", "a counted crowd"), scarcity ("limited").',
      },
      action: {
        score: 10,
        reason: 'Has a call to action ("order"), the call to action at the end, urgency ("today"), a link or contact.',
      },
      total: 37,
      weakest: "desire",
    });
  });

  it("scores weak copy low and says what is missing", () => {
    const score = scoreAida(WEAK);
    // "shop" here is a noun ("in our shop"), not a call to action.
    expect(score.total).toBe(3);
    expect(score.action).toEqual({
      score: 0,
      reason:
        "Has none of the signals; lacks a call to action, a call to action at the end, urgency, a link or contact.",
    });
    expect(score.weakest).toBe("interest");
  });

  it("is deterministic, bounded, and gives one-line reasons", async () => {
    const ctx = {
      organizationId: "org",
      actor: { userId: null, label: "t", ip: null, userAgent: null },
      agentId: null,
    };
    const first = await copyAida.execute(ctx, { text: STRONG });
    expect(await copyAida.execute(ctx, { text: STRONG })).toEqual(first);
    for (const text of [STRONG, WEAK, "Buy", "?"]) {
      const score = scoreAida(text);
      for (const stage of ["attention", "interest", "desire", "action"] as const) {
        expect(score[stage].score).toBeGreaterThanOrEqual(0);
        expect(score[stage].score).toBeLessThanOrEqual(10);
        expect(score[stage].reason).not.toContain("\n");
      }
    }
    expect(copyAida.inputSchema.safeParse({ text: "   " }).success).toBe(false);
  });
});
