import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pngBytes, uploadRequest } from "@/test/asset-files";
import {
  addMember,
  appError,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  type TestAgency,
} from "@/test/factories";
import { env } from "../../env";
import { parseRange, serveAssetFile } from "./serve-file";
import { signAssetFileUrl, verifyAssetFileUrl } from "./signed-url";
import { createAssetFromUpload } from "./upload";

afterAll(closeConnections);

let agency: TestAgency;
let bytes: Buffer;
let versionId: string;
let url: string;
let thumbnailUrl: string;

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1${path}`, { headers });

/** Route params as Next passes them, read from a signed path. */
const paramsOf = (path: string) => {
  const [, , , , versionId = "", variant = ""] = new URL(path, "http://x").pathname.split("/");
  return { versionId, variant };
};

beforeAll(async () => {
  agency = await createAgency();
  const client = await ownerCaller(agency).clients.create({ name: "Files" });
  bytes = await pngBytes(640, 480);
  const asset = await createAssetFromUpload(ownerAccess(agency), uploadRequest(bytes), {
    clientId: client.id,
    filename: "Été hero.png",
  });
  const detail = await ownerCaller(agency).assets.get({ id: asset.id });
  const version = detail.versions[0]!;
  versionId = version.id;
  url = version.url;
  thumbnailUrl = version.thumbnailUrl!;
});

describe("signed asset links", () => {
  it("serve the exact bytes to the person they were made for, privately and without sniffing", async () => {
    const response = await serveAssetFile(get(url), paramsOf(url), agency.owner.id);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="_t_ hero.png"; filename*=UTF-8''%C3%89t%C3%A9%20hero.png`,
    );
  });

  it("serve a WebP thumbnail no larger than 480 pixels", async () => {
    const response = await serveAssetFile(get(thumbnailUrl), paramsOf(thumbnailUrl), agency.owner.id);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toMatch(/^private, max-age=\d+$/);
    const { default: sharp } = await import("sharp");
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 480, height: 360 });
  });

  it("answer byte ranges, so video can seek", async () => {
    const response = await serveAssetFile(get(url, { range: "bytes=0-7" }), paramsOf(url), agency.owner.id);
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes 0-7/${bytes.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes.subarray(0, 8))).toBe(true);
    const beyond = await serveAssetFile(get(url, { range: `bytes=${bytes.length}-` }), paramsOf(url), agency.owner.id);
    expect(beyond.status).toBe(416);
  });

  it("expire after ASSET_URL_TTL_SECONDS", async () => {
    const now = Date.now();
    const link = signAssetFileUrl(
      { organizationId: agency.organizationId, versionId, variant: "original", userId: agency.owner.id },
      now,
    );
    const ttlMs = env().ASSET_URL_TTL_SECONDS * 1000;
    expect(link.expiresAt.getTime()).toBeLessThanOrEqual(now + ttlMs);
    expect(link.expiresAt.getTime()).toBeGreaterThan(now + ttlMs * 0.8 - 1000);
    // Links made within the same fifth of the lifetime are one URL, so browsers can cache them.
    const again = signAssetFileUrl(
      { organizationId: agency.organizationId, versionId, variant: "original", userId: agency.owner.id },
      link.expiresAt.getTime() - ttlMs,
    );
    expect(again.url).toBe(link.url);
    const justBefore = link.expiresAt.getTime() - 1;
    expect((await serveAssetFile(get(link.url), paramsOf(link.url), agency.owner.id, justBefore)).status).toBe(200);
    const expired = await appError(
      serveAssetFile(get(link.url), paramsOf(link.url), agency.owner.id, link.expiresAt.getTime()),
    );
    expect(expired).toMatchObject({
      code: "FORBIDDEN",
      message: "This file link has expired. Open the asset again to get a fresh link.",
    });
  });

  it("refuse a tampered link, another variant, another person and an anonymous visitor", async () => {
    const tampered = url.replace(/exp=\d+/, (m) => `exp=${Number(m.slice(4)) + 3600}`);
    expect((await appError(serveAssetFile(get(tampered), paramsOf(tampered), agency.owner.id))).message).toBe(
      "This file link is not valid. Open the asset again to get a fresh link.",
    );
    const swapped = url.replace("/original?", "/thumbnail?");
    expect((await appError(serveAssetFile(get(swapped), paramsOf(swapped), agency.owner.id))).code).toBe("FORBIDDEN");
    const colleague = await addMember(agency, "member");
    expect((await appError(serveAssetFile(get(url), paramsOf(url), colleague.id))).code).toBe("FORBIDDEN");
    expect((await appError(serveAssetFile(get(url), paramsOf(url), null))).code).toBe("UNAUTHORIZED");
  });

  it("stop working for someone who is no longer a member, even with a link made for them", async () => {
    const other = await createAgency();
    // A link correctly signed for a person of another agency naming this agency's file.
    const forged = signAssetFileUrl({
      organizationId: agency.organizationId,
      versionId,
      variant: "original",
      userId: other.owner.id,
    }).url;
    expect(await appError(serveAssetFile(get(forged), paramsOf(forged), other.owner.id))).toMatchObject({
      code: "FORBIDDEN",
      message: "You are not a member of the agency this file belongs to.",
    });
    // Naming their own agency instead: the version is not there (RLS), so not found.
    const wrongOrg = signAssetFileUrl({
      organizationId: other.organizationId,
      versionId,
      variant: "original",
      userId: other.owner.id,
    }).url;
    expect((await appError(serveAssetFile(get(wrongOrg), paramsOf(wrongOrg), other.owner.id))).code).toBe("NOT_FOUND");
  });

  it("verify only what they sign", () => {
    const query = new URLSearchParams({ org: "o", exp: "abc", sig: "x" });
    expect(() => verifyAssetFileUrl({ versionId: "v", variant: "original", query, userId: "u" })).toThrow("not valid");
  });
});

describe("parseRange", () => {
  it("reads single ranges and ignores what it does not understand", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=0-5000", 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange("bytes=0-1,5-6", 1000)).toBeUndefined();
    expect(parseRange(null, 1000)).toBeUndefined();
    expect(parseRange("bytes=1000-", 1000)).toBe("unsatisfiable");
  });
});
