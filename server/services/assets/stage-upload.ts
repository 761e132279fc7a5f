import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { MAX_ASSET_BYTES } from "@/lib/schemas/assets";
import { env } from "../../env";
import { AppError } from "../../errors";
import { readBodyChunks } from "../../http/read-body";

export type StagedUpload = { path: string; sizeBytes: number; sha256: string; remove: () => Promise<void> };

const tooLarge = () =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    `The file is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB, the most any asset may be. Compress it and upload again.`,
  );

/**
 * Streams a request body to a temporary file under DATA_DIR/tmp, hashing it on the way,
 * and stops reading (413) as soon as it passes the largest asset size, whatever
 * Content-Length claimed. The caller removes the file with `remove()`.
 */
export async function stageUpload(req: Request, maxBytes = MAX_ASSET_BYTES): Promise<StagedUpload> {
  const dir = path.resolve(env().DATA_DIR, "tmp");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `upload-${randomUUID()}`);
  const remove = () => rm(file, { force: true });
  const out = createWriteStream(file);
  const hash = createHash("sha256");
  try {
    const size = await readBodyChunks(req, maxBytes, tooLarge, async (chunk) => {
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    });
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    if (size === 0) throw new AppError("BAD_REQUEST", "The upload is empty: choose a file and try again.");
    return { path: file, sizeBytes: size, sha256: hash.digest("hex"), remove };
  } catch (error) {
    out.destroy();
    await remove();
    throw error;
  }
}
