import { AppError } from "../errors";

/**
 * Reads a request body as UTF-8 text, refusing (413) as soon as it passes `maxBytes`,
 * whatever Content-Length claims, so an oversized upload is never held in memory whole.
 */
export async function readTextBody(req: Request, maxBytes: number, what = "The file"): Promise<string> {
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `${what} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Split it and import the parts.`,
    );
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
