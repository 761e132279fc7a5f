import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { MAX_ASSET_BYTES } from "@/lib/schemas/assets";
import { env } from "../../env";
import { AppError } from "../../errors";

export type StagedUpload = { path: string; sizeBytes: number; sha256: string; remove: () => Promise<void> };

const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const stagingDir = () => path.resolve(env().DATA_DIR, "tmp");

/**
 * Streams a request body to a temporary file under DATA_DIR/tmp, hashing it on the way, and
 * stops reading (413) as soon as it passes `maxBytes`, whatever Content-Length claimed. A
 * failure of any part (client gone, disk full) ends the whole pipeline and removes the file.
 * The caller removes a staged file with `remove()`.
 */
export async function stageUpload(req: Request, maxBytes = MAX_ASSET_BYTES): Promise<StagedUpload> {
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `The file is larger than ${formatMb(maxBytes)}, the most this upload may be. Compress it and upload again.`,
    );
  const empty = () => new AppError("BAD_REQUEST", "The upload is empty: choose a file and try again.");
  if (Number(req.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  if (!req.body) throw empty();
  await mkdir(stagingDir(), { recursive: true });
  const file = path.join(stagingDir(), `upload-${randomUUID()}`);
  const remove = () => rm(file, { force: true });
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.byteLength;
      if (size > maxBytes) return done(tooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(req.body as NodeWebReadableStream<Uint8Array>), meter, createWriteStream(file));
    if (size === 0) throw empty();
    return { path: file, sizeBytes: size, sha256: hash.digest("hex"), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Removes staged uploads older than `maxAgeMs` (left by a process that died mid-upload). */
export async function sweepStagedUploads(maxAgeMs = 60 * 60 * 1000, now = Date.now()): Promise<number> {
  const names = await readdir(stagingDir()).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.startsWith("upload-"))) {
    const file = path.join(stagingDir(), name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > maxAgeMs) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
