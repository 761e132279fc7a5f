import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { AwsClient } from "aws4fetch";
import { assertSafeKey, type ByteRange, type ObjectStore, type StoredObject } from "./object-store";

export type S3Config = {
  bucket: string;
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://endpoint/bucket/key` (MinIO and most self-hosted stores) rather than `https://bucket.endpoint/key`. */
  forcePathStyle: boolean;
};

/** Longest a single file upload to the store may take; other calls get `CALL_TIMEOUT_MS`. */
const PUT_TIMEOUT_MS = 15 * 60_000;
const CALL_TIMEOUT_MS = 30_000;

/** Any S3-compatible store, over plain HTTPS with SigV4 signatures (aws4fetch). */
export class S3ObjectStore implements ObjectStore {
  readonly kind = "s3" as const;
  private readonly client: AwsClient;

  constructor(private readonly config: S3Config) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: "s3",
      retries: 3,
    });
  }

  private urlFor(key: string): string {
    assertSafeKey(key);
    const endpoint = new URL(this.config.endpoint);
    const base = endpoint.pathname.replace(/\/$/, "");
    if (this.config.forcePathStyle) {
      endpoint.pathname = `${base}/${this.config.bucket}/${key}`;
    } else {
      endpoint.hostname = `${this.config.bucket}.${endpoint.hostname}`;
      endpoint.pathname = `${base}/${key}`;
    }
    return endpoint.toString();
  }

  private async fail(action: string, key: string, response: Response): Promise<never> {
    const detail = (await response.text().catch(() => "")).slice(0, 500);
    throw new Error(`S3 ${action} ${key} answered ${response.status}: ${detail}`);
  }

  async putFile(key: string, filePath: string, contentType: string, sha256?: string): Promise<void> {
    const { size } = await stat(filePath);
    // A stream is consumed by sending it, so each attempt opens the file again.
    for (let attempt = 1; ; attempt += 1) {
      const request = await this.client.sign(this.urlFor(key), {
        method: "PUT",
        headers: {
          "content-type": contentType,
          "content-length": String(size),
          // With the hash signed, the store refuses bytes that changed on the way.
          ...(sha256 && { "x-amz-content-sha256": sha256 }),
        },
        body: Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>,
      });
      const response = await fetch(request, { signal: AbortSignal.timeout(PUT_TIMEOUT_MS) });
      if (response.ok) return;
      if (attempt >= 3 || (response.status < 500 && response.status !== 429)) await this.fail("PUT", key, response);
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt * Math.random()));
    }
  }

  async putBytes(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.client.fetch(this.urlFor(key), {
      method: "PUT",
      headers: { "content-type": contentType },
      body: Uint8Array.from(bytes),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    if (!response.ok) await this.fail("PUT", key, response);
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const response = await this.client.fetch(this.urlFor(key), {
      headers: range ? { range: `bytes=${range.start}-${range.end}` } : {},
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok || !response.body) return this.fail("GET", key, response);
    const contentRange = response.headers.get("content-range")?.match(/^bytes (\d+)-(\d+)\/(\d+)$/);
    if (range && response.status === 206 && contentRange) {
      return {
        body: response.body,
        size: Number(contentRange[3]),
        range: { start: Number(contentRange[1]), end: Number(contentRange[2]) },
      };
    }
    return { body: response.body, size: Number(response.headers.get("content-length") ?? 0) };
  }

  async size(key: string): Promise<number | null> {
    const response = await this.client.fetch(this.urlFor(key), {
      method: "HEAD",
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    if (response.status === 404) return null;
    if (!response.ok) return this.fail("HEAD", key, response);
    return Number(response.headers.get("content-length") ?? 0);
  }

  async delete(key: string): Promise<void> {
    const response = await this.client.fetch(this.urlFor(key), {
      method: "DELETE",
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    if (!response.ok && response.status !== 404) await this.fail("DELETE", key, response);
  }
}
