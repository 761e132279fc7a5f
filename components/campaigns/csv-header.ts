/** Enough of the file for any realistic header row; the rest is never read in the browser. */
const HEADER_BYTES = 64 * 1024;

/**
 * The column names in the first record of CSV text: comma separated, double-quoted cells may
 * hold commas, line breaks and doubled quotes. A byte-order mark is dropped; names are trimmed
 * and blanks and repeats left out.
 */
export function parseCsvHeader(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") break;
    else cell += char;
  }
  cells.push(cell);
  return [...new Set(cells.map((name) => name.trim()).filter(Boolean))];
}

/** The header columns of a CSV file, read from its first bytes only. */
export async function readCsvHeader(file: Blob): Promise<string[]> {
  return parseCsvHeader(await file.slice(0, HEADER_BYTES).text());
}

/** "20 MB", "512 KB": file sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
