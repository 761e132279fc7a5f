import sharp from "sharp";

/** The demo's creative: drawn here (SVG → PNG/JPEG, and a small PDF), so the repo holds no binaries. */
export type Creative = { headline: string; tagline: string; from: string; to: string; width: number; height: number };

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

function creativeSvg(c: Creative): string {
  const size = Math.round(c.height / 8);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${c.from}"/><stop offset="1" stop-color="${c.to}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${c.width * 0.78}" cy="${c.height / 2}" r="${c.height / 3}" fill="#fff" fill-opacity="0.18"/>
  <text x="${c.width * 0.07}" y="${c.height * 0.48}" font-family="sans-serif" font-size="${size}" font-weight="700" fill="#fff">${escapeXml(c.headline)}</text>
  <text x="${c.width * 0.07}" y="${c.height * 0.48 + size}" font-family="sans-serif" font-size="${Math.round(size / 2.4)}" fill="#fff" fill-opacity="0.9">${escapeXml(c.tagline)}</text>
</svg>`;
}

export const creativePng = (c: Creative) =>
  sharp(Buffer.from(creativeSvg(c)))
    .png()
    .toBuffer();

export const creativeJpeg = (c: Creative) =>
  sharp(Buffer.from(creativeSvg(c)))
    .jpeg({ quality: 85 })
    .toBuffer();

/** A one-page PDF with a title and a few lines of text (a well-formed file: offsets and all). */
export function simplePdf(title: string, lines: string[]): Buffer {
  const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = [
    "BT /F1 24 Tf 72 720 Td",
    `(${escapePdf(title)}) Tj`,
    "/F1 12 Tf 0 -36 Td",
    ...lines.map((line) => `(${escapePdf(line)}) Tj 0 -18 Td`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
