import { createReadStream } from "node:fs";
import { copyFile, mkdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertSafeKey, type ByteRange, type ObjectStore, type StoredObject } from "./object-store";

/** Objects as files under one folder; each write lands under a temporary name, then renames. */
export class LocalObjectStore implements ObjectStore {
  readonly kind = "local" as const;

  constructor(private readonly root: string) {}

  private pathFor(key: string) {
    assertSafeKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  private async writeAtomically(key: string, write: (tmp: string) => Promise<void>) {
    const target = this.pathFor(key);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
      await write(tmp);
      await rename(tmp, target);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /** Moves the file in (a rename: no second copy on disk); copies only across file systems. */
  async putFile(key: string, filePath: string): Promise<void> {
    await this.writeAtomically(key, (tmp) =>
      rename(filePath, tmp).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EXDEV") throw error;
        return copyFile(filePath, tmp);
      }),
    );
  }

  async putBytes(key: string, bytes: Uint8Array): Promise<void> {
    await this.writeAtomically(key, (tmp) => writeFile(tmp, bytes));
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const file = this.pathFor(key);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const stream = createReadStream(file, range ? { start: range.start, end: range.end } : undefined);
    return {
      body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
      size: info.size,
      ...(range && { range }),
    };
  }

  async size(key: string): Promise<number | null> {
    const info = await stat(this.pathFor(key)).catch(() => null);
    return info?.isFile() ? info.size : null;
  }

  /** Removes the file, then the folders it leaves empty (never the root). */
  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    await rm(file, { force: true });
    for (let dir = path.dirname(file); dir.startsWith(this.root + path.sep); dir = path.dirname(dir)) {
      if (
        !(await rmdir(dir).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
}
