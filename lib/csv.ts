/** A malformed CSV input; `line` is the 1-based physical line to point the uploader at. */
export class CsvError extends Error {
  override name = "CsvError";

  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`);
  }
}

export interface CsvRow {
  /** The 1-based physical line on which the record starts (a quoted newline does not move it). */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Counts line breaks in `text`, treating CRLF, LF and a lone CR each as one. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count += 1;
  }
  return count;
}

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote inside
 * one, commas and line breaks inside quotes kept verbatim. Lenient where real exports differ: CRLF,
 * LF and a lone CR (old Mac Excel) all end a record, a UTF-8 BOM is dropped, empty lines are skipped
 * (so a trailing newline adds nothing), and a quote in the middle of an unquoted field is literal.
 *
 * The first record is the header; rows may have any number of cells, since judging ragged rows is
 * the validator's job. Cells are not trimmed. Empty input gives an empty header and no rows.
 *
 * Throws {@link CsvError} for an unterminated quote (at the line where it opens) and for text after a
 * closing quote (`"a"b`), which usually means a stray quote that would otherwise silently shift data.
 */
export function parseCsv(text: string): ParsedCsv {
  const records: CsvRow[] = [];
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  while (i < end) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      continue;
    }

    const record: CsvRow = { line, cells: [] };
    records.push(record);
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const openedOn = line;
        let cell = "";
        let from = i + 1;
        for (;;) {
          // Jump between quotes with indexOf: far faster than a per-character state machine on large files.
          const close = text.indexOf('"', from);
          if (close === -1) throw new CsvError("unterminated quoted field", openedOn);
          const chunk = text.slice(from, close);
          line += countLineBreaks(chunk);
          cell += chunk;
          if (text.charCodeAt(close + 1) !== QUOTE) {
            i = close + 1;
            break;
          }
          cell += '"';
          from = close + 2;
        }
        record.cells.push(cell);
      } else {
        let stop = i;
        while (stop < end) {
          const c = text.charCodeAt(stop);
          if (c === COMMA || c === LF || c === CR) break;
          stop += 1;
        }
        record.cells.push(text.slice(i, stop));
        i = stop;
      }

      if (i >= end) break;
      const next = text.charCodeAt(i);
      if (next === COMMA) {
        i += 1;
        continue;
      }
      if (next === LF || next === CR) {
        i += next === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line += 1;
        break;
      }
      throw new CsvError(`unexpected ${JSON.stringify(text[i])} after a closing quote`, line);
    }
  }

  const [head, ...rows] = records;
  return { header: head?.cells ?? [], rows };
}

// Excel, Sheets and LibreOffice run a cell that starts with one of these as a formula ("CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One cell: RFC 4180 quoting only when needed, and a leading apostrophe on text a spreadsheet would
 * run as a formula (the rule of `server/services/audit/export.ts`). Dates become ISO strings, objects
 * JSON, null and undefined "". Numbers and bigints are written as-is, since they cannot carry a
 * formula and an apostrophe would turn `-5` into text in the spreadsheet.
 */
export function csvCell(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  let text =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString()
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV with CRLF line endings (RFC 4180, and what Excel expects), each row terminated;
 * no rows give "". Cells follow {@link csvCell}, so neutralised formulas do not round-trip
 * through {@link parseCsv}: they come back with their apostrophe.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  let out = "";
  for (const row of rows) {
    const line = row.map(csvCell).join(",");
    // A lone empty cell would be an empty line, which parsers (ours included) skip as blank.
    out += `${line === "" && row.length > 0 ? '""' : line}\r\n`;
  }
  return out;
}
