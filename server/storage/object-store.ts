import path from "node:path";
import { env } from "../env";
import { LocalObjectStore } from "./local-store";
import { S3ObjectStore } from "./s3-store";

/** A byte range of an object, both ends inclusive (as in an HTTP Range header). */
export type ByteRange = { start: number; end: number };

export type StoredObject = {
  body: ReadableStream<Uint8Array>;
  /** Size of the whole object. */
  size: number;
  /** The range actually returned, when one was asked for. */
  range?: ByteRange;
};

/**
 * Where asset files live. Keys are opaque paths made by the app (`<agency>/<asset>/...`),
 * never user input. Implementations: local disk (default) and S3-compatible storage.
 */
export interface ObjectStore {
  readonly kind: "local" | "s3";
  /**
   * Stores a local file under `key`, replacing any object there. The file may be moved away
   * (the local store renames it); `sha256` (hex), when given, lets the store verify the bytes.
   */
  putFile(key: string, filePath: string, contentType: string, sha256?: string): Promise<void>;
  putBytes(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is no such object. */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  /** The object's size in bytes, or null when there is no such object. */
  size(key: string): Promise<number | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

let cached: ObjectStore | undefined;

/** The configured store: S3 when S3_BUCKET is set, otherwise DATA_DIR/assets on local disk. */
export function objectStore(): ObjectStore {
  if (cached) return cached;
  const config = env();
  if (config.S3_BUCKET && config.S3_ENDPOINT && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY) {
    cached = new S3ObjectStore({
      bucket: config.S3_BUCKET,
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE === "true",
    });
  } else {
    cached = new LocalObjectStore(path.resolve(config.DATA_DIR, "assets"));
  }
  return cached;
}

/** Keys are built by the app; anything else is a bug, refused before it touches a path or URL. */
export function assertSafeKey(key: string): void {
  if (
    !/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/.test(key) ||
    key.split("/").some((part) => part === ".." || part === ".")
  ) {
    throw new Error(`Unsafe object key: ${key}`);
  }
}
