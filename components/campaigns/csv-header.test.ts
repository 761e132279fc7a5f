import { describe, expect, it } from "vitest";
import { guessColumnMapping, unmappedFieldErrors } from "./column-mapping";
import { formatBytes, parseCsvHeader } from "./csv-header";

describe("parseCsvHeader", () => {
  it("reads only the first line, trimmed, without a byte-order mark", () => {
    expect(parseCsvHeader("\uFEFFdate, Campaign ,channel\r\n2026-03-01,Spring,email\n")).toEqual([
      "date",
      "Campaign",
      "channel",
    ]);
  });

  it("keeps commas, quotes and line breaks inside quoted names and drops blanks and repeats", () => {
    expect(parseCsvHeader('"Spend, USD","say ""hi""","two\nlines",,date,date')).toEqual([
      "Spend, USD",
      'say "hi"',
      "two\nlines",
      "date",
    ]);
  });

  it("finds no columns in an empty file", () => {
    expect(parseCsvHeader("")).toEqual([]);
  });
});

describe("column mapping", () => {
  it("preselects headers that match a field ignoring case and reports the rest", () => {
    const mapping = guessColumnMapping(["DATE", "Campaign", "channel", "Impressions", "clicks", "cost"]);
    expect(mapping).toMatchObject({ date: "DATE", campaign: "Campaign", impressions: "Impressions", spend: "" });
    expect(Object.keys(unmappedFieldErrors(mapping))).toEqual(["conversions", "spend", "revenue"]);
  });
});

describe("formatBytes", () => {
  it("speaks in MB and KB", () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe("20 MB");
    expect(formatBytes(1536 * 1024)).toBe("1.5 MB");
    expect(formatBytes(2000)).toBe("2 KB");
  });
});
