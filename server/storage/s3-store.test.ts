import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { AwsV4Signer } from "aws4fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3ObjectStore } from "./s3-store";

const KEYS = { accessKeyId: "test-access-key", secretAccessKey: "test-secret-key" };

/**
 * A small S3-compatible server on 127.0.0.1: it checks every request's SigV4 signature by
 * signing it again with the same secret, and keeps objects in memory.
 */
function fakeS3() {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: { method: string; path: string; chunked: boolean; contentSha: string | undefined }[] = [];

  async function signatureValid(req: IncomingMessage, url: string) {
    const auth = req.headers.authorization ?? "";
    const signedHeaders = auth.match(/SignedHeaders=([^,]+)/)?.[1]?.split(";") ?? [];
    const headers: Record<string, string> = {};
    for (const name of signedHeaders) if (name !== "host") headers[name] = String(req.headers[name] ?? "");
    const signer = new AwsV4Signer({
      method: req.method,
      url,
      headers,
      ...KEYS,
      service: "s3",
      region: "eu-test-1",
      datetime: String(req.headers["x-amz-date"]),
    });
    const expected = (await signer.sign()).headers.get("authorization");
    return Boolean(auth) && expected === auth;
  }

  const server: Server = createServer(async (req, res) => {
    const url = `http://${req.headers.host}${req.url}`;
    const key = decodeURIComponent(new URL(url).pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    seen.push({
      method: req.method ?? "",
      path: key,
      chunked: req.headers["transfer-encoding"] === "chunked",
      contentSha: req.headers["x-amz-content-sha256"] as string | undefined,
    });
    if (!(await signatureValid(req, url))) {
      res.writeHead(403).end("<Error><Code>SignatureDoesNotMatch</Code></Error>");
      return;
    }
    const object = objects.get(key);
    if (req.method === "PUT") {
      if (req.headers["transfer-encoding"] === "chunked") {
        res.writeHead(411).end("<Error><Code>MissingContentLength</Code></Error>");
        return;
      }
      const claimed = req.headers["x-amz-content-sha256"];
      const actual = createHash("sha256").update(Buffer.concat(chunks)).digest("hex");
      if (typeof claimed === "string" && /^[0-9a-f]{64}$/.test(claimed) && claimed !== actual) {
        res.writeHead(400).end("<Error><Code>XAmzContentSHA256Mismatch</Code></Error>");
        return;
      }
      objects.set(key, { body: Buffer.concat(chunks), type: String(req.headers["content-type"]) });
      res.writeHead(200).end();
    } else if (req.method === "DELETE") {
      objects.delete(key);
      res.writeHead(204).end();
    } else if (!object) {
      res.writeHead(404).end("<Error><Code>NoSuchKey</Code></Error>");
    } else if (req.method === "HEAD") {
      res.writeHead(200, { "content-length": object.body.length, "content-type": object.type }).end();
    } else {
      const range = req.headers.range?.match(/^bytes=(\d+)-(\d+)$/);
      if (range) {
        const [start, end] = [Number(range[1]), Number(range[2])];
        res
          .writeHead(206, { "content-range": `bytes ${start}-${end}/${object.body.length}` })
          .end(object.body.subarray(start, end + 1));
      } else {
        res.writeHead(200, { "content-length": object.body.length }).end(object.body);
      }
    }
  });
  return { server, objects, seen };
}

let s3: ReturnType<typeof fakeS3>;
let endpoint: string;
let dir: string;

beforeAll(async () => {
  s3 = fakeS3();
  await new Promise<void>((resolve) => s3.server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(s3.server.address() as AddressInfo).port}`;
  dir = await mkdtemp(path.join(os.tmpdir(), "s3-store-"));
});

afterAll(async () => {
  await new Promise((resolve) => s3.server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const store = (overrides: Partial<ConstructorParameters<typeof S3ObjectStore>[0]> = {}) =>
  new S3ObjectStore({ bucket: "assets", endpoint, region: "eu-test-1", forcePathStyle: true, ...KEYS, ...overrides });

const text = async (body: ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer()).toString();

describe("S3ObjectStore", () => {
  it("streams a file up with its length (not chunked), signed, under bucket/key", async () => {
    const file = path.join(dir, "upload.bin");
    const bytes = Buffer.from("0123456789".repeat(10_000));
    await writeFile(file, bytes);
    await store().putFile("org1/assets/a/original.png", file, "image/png");
    expect(s3.objects.get("/assets/org1/assets/a/original.png")).toMatchObject({ type: "image/png" });
    expect(s3.objects.get("/assets/org1/assets/a/original.png")?.body.equals(bytes)).toBe(true);
    expect(s3.seen.at(-1)).toMatchObject({ method: "PUT", chunked: false });
  });

  it("signs the file's SHA-256 so the store refuses bytes that changed on the way", async () => {
    const file = path.join(dir, "hashed.bin");
    const bytes = Buffer.from("exact bytes");
    await writeFile(file, bytes);
    const sha = createHash("sha256").update(bytes).digest("hex");
    await store().putFile("org1/hashed", file, "application/pdf", sha);
    expect(s3.seen.at(-1)?.contentSha).toBe(sha);
    const wrong = createHash("sha256").update("other bytes").digest("hex");
    await expect(store().putFile("org1/hashed", file, "application/pdf", wrong)).rejects.toThrow(
      /answered 400: .*XAmzContentSHA256Mismatch/,
    );
  });

  it("reads objects whole and by range, sizes them, and deletes them", async () => {
    const objects = store();
    await objects.putBytes("org1/t.webp", new TextEncoder().encode("thumbnail-bytes"), "image/webp");
    expect(await objects.size("org1/t.webp")).toBe(15);
    const whole = await objects.get("org1/t.webp");
    expect(whole && (await text(whole.body))).toBe("thumbnail-bytes");
    const part = await objects.get("org1/t.webp", { start: 0, end: 8 });
    expect(part?.range).toEqual({ start: 0, end: 8 });
    expect(part?.size).toBe(15);
    expect(part && (await text(part.body))).toBe("thumbnail");
    await objects.delete("org1/t.webp");
    expect(await objects.get("org1/t.webp")).toBeNull();
    expect(await objects.size("org1/t.webp")).toBeNull();
    await objects.delete("org1/t.webp");
  });

  it("surfaces the store's own error when it refuses (wrong secret)", async () => {
    const wrong = store({ secretAccessKey: "not-the-secret" });
    await expect(wrong.putBytes("org1/x", new Uint8Array([1]), "image/png")).rejects.toThrow(
      /S3 PUT org1\/x answered 403: .*SignatureDoesNotMatch/,
    );
  });

  it("refuses keys that could escape the bucket path", async () => {
    await expect(store().get("../secrets")).rejects.toThrow("Unsafe object key");
    await expect(store().get("org/../../x")).rejects.toThrow("Unsafe object key");
  });
});
