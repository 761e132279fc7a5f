import { AppError } from "../errors";

/**
 * Feeds a request body to `onChunk` chunk by chunk, throwing `tooLarge()` as soon as it passes
 * `maxBytes`, whatever Content-Length claims, so an oversized upload is never read whole.
 * Answers the number of bytes read.
 */
export async function readBodyChunks(
  req: Request,
  maxBytes: number,
  tooLarge: () => Error,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<number> {
  if (Number(req.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  if (!req.body) return 0;
  const reader = req.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    await onChunk(value);
  }
}

/** Reads a request body as UTF-8 text, refusing (413) as soon as it passes `maxBytes`. */
export async function readTextBody(req: Request, maxBytes: number, what = "The file"): Promise<string> {
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `${what} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Split it and import the parts.`,
    );
  const chunks: Uint8Array[] = [];
  await readBodyChunks(req, maxBytes, tooLarge, (chunk) => {
    chunks.push(chunk);
  });
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
