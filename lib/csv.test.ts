import { describe, expect, it } from "vitest";
import { csvCell, CsvError, parseCsv, toCsv } from "./csv";

const parseError = (text: string): CsvError => {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
};

describe("parseCsv", () => {
  it("splits a header and rows, numbering rows by physical line", () => {
    expect(parseCsv("date,clicks,spend\n2026-01-01,12,3.50\n2026-01-02,9,2.75\n")).toEqual({
      header: ["date", "clicks", "spend"],
      rows: [
        { line: 2, cells: ["2026-01-01", "12", "3.50"] },
        { line: 3, cells: ["2026-01-02", "9", "2.75"] },
      ],
    });
  });

  it("handles quoted fields with commas and doubled quotes", () => {
    const { rows } = parseCsv('name,note\n"Acme, Inc.","She said ""hi"""\n"",""""\n');
    expect(rows).toEqual([
      { line: 2, cells: ["Acme, Inc.", 'She said "hi"'] },
      { line: 3, cells: ["", '"'] },
    ]);
  });

  it("keeps newlines inside quotes and numbers the record by its first line", () => {
    const text = 'id,text\n1,"first\nsecond\r\nthird"\n2,after\n3,"x\n\ny"\n4,z';
    expect(parseCsv(text).rows).toEqual([
      { line: 2, cells: ["1", "first\nsecond\r\nthird"] },
      { line: 5, cells: ["2", "after"] },
      { line: 6, cells: ["3", "x\n\ny"] },
      { line: 9, cells: ["4", "z"] },
    ]);
  });

  it("treats CRLF, LF and a lone CR alike", () => {
    const expected = {
      header: ["a", "b"],
      rows: [
        { line: 2, cells: ["1", "2"] },
        { line: 3, cells: ["3", "4"] },
      ],
    };
    expect(parseCsv("a,b\r\n1,2\r\n3,4\r\n")).toEqual(expected);
    expect(parseCsv("a,b\n1,2\n3,4\n")).toEqual(expected);
    expect(parseCsv("a,b\r1,2\r3,4\r")).toEqual(expected);
    expect(parseCsv("a,b\r\n1,2\n3,4\r")).toEqual(expected);
  });

  it("drops a UTF-8 BOM, which would otherwise corrupt the first header name", () => {
    expect(parseCsv("\uFEFFdate,clicks\n2026-01-01,1").header).toEqual(["date", "clicks"]);
    expect(parseCsv('\uFEFF"date",clicks\n').header).toEqual(["date", "clicks"]);
    // Only at the very start: elsewhere it is data.
    expect(parseCsv("a\n\uFEFFb").rows[0]!.cells).toEqual(["\uFEFFb"]);
  });

  it("ignores a trailing newline and skips blank lines, keeping line numbers true", () => {
    expect(parseCsv("a,b\n1,2").rows).toEqual([{ line: 2, cells: ["1", "2"] }]);
    expect(parseCsv("a,b\n1,2\n").rows).toEqual([{ line: 2, cells: ["1", "2"] }]);
    expect(parseCsv("\n\r\na,b\n\n1,2\r\n\r\n\n3,4\n\n")).toEqual({
      header: ["a", "b"],
      rows: [
        { line: 5, cells: ["1", "2"] },
        { line: 8, cells: ["3", "4"] },
      ],
    });
  });

  it("keeps empty cells, including a line of only commas and a trailing comma", () => {
    expect(parseCsv("a,b,c\n,,\n1,,\n,2,").rows.map((row) => row.cells)).toEqual([
      ["", "", ""],
      ["1", "", ""],
      ["", "2", ""],
    ]);
    expect(parseCsv('a\n""').rows).toEqual([{ line: 2, cells: [""] }]);
  });

  it("returns ragged rows as they are and does not trim", () => {
    expect(parseCsv("a,b\n1\n1,2,3\n x , y ").rows.map((row) => row.cells)).toEqual([
      ["1"],
      ["1", "2", "3"],
      [" x ", " y "],
    ]);
  });

  it("treats a quote inside an unquoted field as a literal", () => {
    expect(parseCsv('size\n27" monitor\n').rows[0]!.cells).toEqual(['27" monitor']);
  });

  it("returns an empty result for empty input", () => {
    expect(parseCsv("")).toEqual({ header: [], rows: [] });
    expect(parseCsv("\uFEFF")).toEqual({ header: [], rows: [] });
    expect(parseCsv("\n\r\n\n")).toEqual({ header: [], rows: [] });
    expect(parseCsv("only,a,header\n")).toEqual({ header: ["only", "a", "header"], rows: [] });
  });

  it("throws a CsvError at the line where an unterminated quote opens", () => {
    const error = parseError('a,b\n1,2\n3,"never\nclosed\n4,5\n');
    expect(error.line).toBe(3);
    expect(error.name).toBe("CsvError");
    expect(error.message).toBe("Line 3: unterminated quoted field");
    expect(parseError('"a').line).toBe(1);
    // A doubled quote at the end is an escaped quote, not a closing one.
    expect(parseError('a\n"x""').line).toBe(2);
  });

  it("throws a CsvError for text after a closing quote", () => {
    const error = parseError('a,b\n1,2\n"x\ny"z,3\n');
    expect(error.line).toBe(4);
    expect(error.message).toBe('Line 4: unexpected "z" after a closing quote');
    expect(parseError('a\n"x" ,1').line).toBe(2);
  });

  it("parses a 100,000-row file correctly", () => {
    const lines = ["date,campaign,clicks,spend"];
    for (let i = 0; i < 100_000; i += 1) {
      lines.push(
        i % 10 === 0 ? `2026-01-01,"Camp, ""${i}""\nwrapped",${i},${i / 4}` : `2026-01-01,c${i},${i},${i / 4}`,
      );
    }
    const { header, rows } = parseCsv(`${lines.join("\r\n")}\r\n`);
    expect(header).toEqual(["date", "campaign", "clicks", "spend"]);
    expect(rows).toHaveLength(100_000);
    expect(rows.every((row, i) => row.cells.length === 4 && row.cells[2] === String(i))).toBe(true);
    // Every tenth record spans two lines, so row i starts on 2 + i + ceil(i / 10).
    expect(rows[99_999]).toEqual({ line: 2 + 99_999 + 10_000, cells: ["2026-01-01", "c99999", "99999", "24999.75"] });
    expect(rows[99_990]!.cells[1]).toBe('Camp, "99990"\nwrapped');
    expect(rows[99_990]!.line).toBe(2 + 99_990 + 9_999);
  });
});

describe("csvCell", () => {
  it("quotes only when needed, doubling inner quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes numbers as-is, since they cannot carry a formula", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(3.25)).toBe("3.25");
    expect(csvCell(10n)).toBe("10");
  });

  it("stringifies other values", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(new Date("2026-03-12T10:00:00Z"))).toBe("2026-03-12T10:00:00.000Z");
    expect(csvCell({ a: 1, b: "x" })).toBe('"{""a"":1,""b"":""x""}"');
  });
});

describe("toCsv", () => {
  it("joins cells with commas and terminates every row with CRLF", () => {
    expect(
      toCsv([
        ["date", "clicks"],
        ["2026-01-01", 12],
      ]),
    ).toBe("date,clicks\r\n2026-01-01,12\r\n");
    expect(toCsv([])).toBe("");
  });

  it("round-trips through parseCsv, apart from neutralised formulas", () => {
    const rows = [
      ["name", "note", "spend"],
      ["Acme, Inc.", 'the "best"', "1.5"],
      ["multi\nline", "", "x"],
      ["", "", ""],
      [""],
      ["=1+1", "-3", "ok"],
    ];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.header).toEqual(rows[0]);
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ["Acme, Inc.", 'the "best"', "1.5"],
      ["multi\nline", "", "x"],
      ["", "", ""],
      [""],
      ["'=1+1", "'-3", "ok"],
    ]);
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 5, 6, 7]);
  });
});
