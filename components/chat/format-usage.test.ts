import { describe, expect, it } from "vitest";
import { formatCost, formatTokens } from "./format-usage";

describe("formatCost", () => {
  it("shows millionths of a dollar, and at least cents", () => {
    expect(formatCost(0.000123)).toBe("$0.000123");
    expect(formatCost(0.00019)).toBe("$0.00019");
    expect(formatCost(0)).toBe("$0.00");
    expect(formatCost(1.5)).toBe("$1.50");
  });
});

describe("formatTokens", () => {
  it("groups thousands", () => {
    expect(formatTokens(12_345, 87)).toBe("12,345 in / 87 out tokens");
  });
});
