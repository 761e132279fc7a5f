import { describe, expect, it } from "vitest";
import { ibanValid, luhnValid, redactPii } from "./pii";

describe("redactPii", () => {
  it("redacts email addresses", () => {
    expect(redactPii("Write to jane.doe+news@example.co.uk or ops@müller.de today")).toEqual({
      text: "Write to [email] or [email] today",
      found: { email: 2 },
    });
  });

  it("redacts card numbers that pass the Luhn check, with or without separators", () => {
    expect(redactPii("Card 4111 1111 1111 1111, also 5500-0000-0000-0004 and 378282246310005.")).toEqual({
      text: "Card [card], also [card] and [card].",
      found: { card: 3 },
    });
    // One digit off: not a card number, and too long a run to be a phone number.
    expect(redactPii("Order 4111111111111112 shipped").found).toEqual({});
  });

  it("redacts IBANs that pass the mod-97 check, compact or in groups of four", () => {
    expect(redactPii("Pay to DE89 3704 0044 0532 0130 00 or GB82WEST12345698765432 now")).toEqual({
      text: "Pay to [iban] or [iban] now",
      found: { iban: 2 },
    });
    expect(redactPii("Reference DE89 3704 0044 0532 0130 01").text).not.toContain("[iban]");
  });

  it("redacts US social security numbers, but not numbers never issued", () => {
    expect(redactPii("SSN 123-45-6789.")).toEqual({ text: "SSN [ssn].", found: { ssn: 1 } });
    for (const never of ["000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"])
      expect(redactPii(never).found.ssn).toBeUndefined();
  });

  it("redacts phone numbers written as one", () => {
    const { text, found } = redactPii(
      "Call +49 30 1234567, (415) 555-0100, 415.555.0100, +1-415-555-0100 or 030 12345678.",
    );
    expect(text).toBe("Call [phone], [phone], [phone], [phone] or [phone].");
    expect(found).toEqual({ phone: 5 });
  });

  it("leaves dates, prices, versions and bare digit runs alone", () => {
    const text = "On 2026-03-31 at 09:30, order 123456789 cost $1,234.56 (v1.2.3, ZIP 94103, 12.03.2026).";
    expect(redactPii(text)).toEqual({ text, found: {} });
  });

  it("counts each kind in one text", () => {
    expect(redactPii("a@b.io, +44 20 7946 0958, 4242424242424242").found).toEqual({ email: 1, phone: 1, card: 1 });
  });
});

describe("checksums", () => {
  it("luhnValid", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("")).toBe(false);
  });

  it("ibanValid", () => {
    expect(ibanValid("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(ibanValid("de89370400440532013000")).toBe(true);
    expect(ibanValid("DE89370400440532013001")).toBe(false);
    expect(ibanValid("DE89")).toBe(false);
  });
});
