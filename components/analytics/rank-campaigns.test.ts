import { describe, expect, it } from "vitest";
import { rankCampaigns } from "./rank-campaigns";

const campaign = (id: string, spend: number, revenue: number) => ({
  id,
  name: `Campaign ${id}`,
  client: "Acme",
  currency: "USD",
  impressions: 0,
  clicks: 0,
  conversions: 0,
  spend,
  revenue,
});

describe("rankCampaigns", () => {
  it("ranks by ROAS, skips campaigns without spend and never lists one twice", () => {
    const { top, bottom } = rankCampaigns([
      campaign("a", 100, 500),
      campaign("b", 100, 100),
      campaign("c", 0, 900),
      campaign("d", 100, 300),
      campaign("e", 100, 50),
      campaign("f", 100, 200),
      campaign("g", 100, 0),
    ]);
    expect(top.map((c) => c.id)).toEqual(["a", "d", "f"]);
    expect(bottom.map((c) => c.id)).toEqual(["g", "e", "b"]);
  });

  it("splits fewer than six campaigns between the lists", () => {
    const { top, bottom } = rankCampaigns([campaign("a", 10, 20), campaign("b", 10, 5), campaign("c", 10, 10)]);
    expect(top.map((c) => c.id)).toEqual(["a", "c"]);
    expect(bottom.map((c) => c.id)).toEqual(["b"]);
  });
});
