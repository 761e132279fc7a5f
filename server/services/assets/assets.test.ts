import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exeBytes,
  jpegBytes,
  mp4Bytes,
  pdfBytes,
  pngBytes,
  pngHeaderClaiming,
  uploadRequest,
} from "@/test/asset-files";
import {
  addMember,
  adminSql,
  appError,
  closeConnections,
  createAgency,
  callerFor,
  ownerAccess,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { env } from "../../env";
import { createAssetFromUpload, uploadAssetVersion } from "./upload";

afterAll(closeConnections);

let agency: TestAgency;
let caller: Caller;
let clientId: string;

async function upload(bytes: Uint8Array, filename = "hero.png", query: { name?: string; campaignId?: string } = {}) {
  return createAssetFromUpload(ownerAccess(agency), uploadRequest(bytes), { clientId, filename, ...query });
}

const storedFiles = async () => {
  const root = path.resolve(env().DATA_DIR, "assets", agency.organizationId, "assets");
  const folders = await readdir(root).catch(() => [] as string[]);
  return folders.length;
};

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  clientId = (await caller.clients.create({ name: "Asset client" })).id;
});

describe("asset uploads", () => {
  it("stores an image as version 1 in draft, with its size, a thumbnail and an audit event", async () => {
    const asset = await upload(await jpegBytes(1200, 800), "Summer hero.jpg");
    expect(asset).toMatchObject({
      name: "Summer hero",
      kind: "image",
      status: "draft",
      currentVersion: 1,
      mimeType: "image/jpeg",
      client: { name: "Asset client" },
    });
    const detail = await caller.assets.get({ id: asset.id });
    expect(detail.versions).toHaveLength(1);
    expect(detail.versions[0]).toMatchObject({
      version: 1,
      width: 1200,
      height: 800,
      originalFilename: "Summer hero.jpg",
    });
    expect(detail.versions[0]?.thumbnailUrl).toMatch(/^\/api\/assets\/files\/.+\/thumbnail\?org=/);
    expect(detail.allowedMoves).toEqual(["in_review"]);
    const rows = await adminSql<{ sha256: string; size_bytes: number }>(
      "SELECT sha256, size_bytes FROM asset_versions WHERE asset_id = $1",
      [asset.id],
    );
    expect(rows[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const events = await adminSql<{ action: string }>("SELECT action FROM audit_events WHERE target_id = $1", [
      asset.id,
    ]);
    expect(events.map((e) => e.action)).toEqual(["asset.create"]);
  });

  it("accepts PDFs and videos without thumbnails", async () => {
    const pdf = await upload(pdfBytes(), "brief.pdf");
    const video = await upload(mp4Bytes(), "spot.mp4", { name: "TV spot" });
    expect(pdf).toMatchObject({ kind: "pdf", mimeType: "application/pdf", thumbnailUrl: null });
    expect(video).toMatchObject({ kind: "video", name: "TV spot", mimeType: "video/mp4", thumbnailUrl: null });
  });

  it("refuses a file by its content and leaves nothing behind", async () => {
    const before = await storedFiles();
    const count = async () =>
      (await adminSql("SELECT 1 FROM assets WHERE organization_id = $1", [agency.organizationId])).length;
    const rowsBefore = await count();
    const error = await appError(upload(exeBytes(), "banner.png"));
    expect(error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    const damaged = (await pngBytes()).subarray(0, 60);
    expect(await appError(upload(damaged, "cut.png"))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/could not be read/),
    });
    expect(await count()).toBe(rowsBefore);
    expect(await storedFiles()).toBe(before);
  });

  it("refuses an image too large to decode safely from its header alone (a decompression bomb)", async () => {
    const error = await appError(upload(pngHeaderClaiming(16_383, 16_383), "bomb.png"));
    expect(error).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message:
        "This image is 16383 × 16383 pixels; images may have at most 40 megapixels. Scale it down and upload again.",
    });
  });

  it("refuses an empty upload and one larger than any asset may be, before reading it whole", async () => {
    expect(await appError(upload(new Uint8Array(0)))).toMatchObject({ code: "BAD_REQUEST" });
    const huge = new Request("http://127.0.0.1/api/assets", {
      method: "POST",
      headers: { "content-length": String(300 * 1024 * 1024) },
      body: "x",
    });
    expect(await appError(createAssetFromUpload(ownerAccess(agency), huge, { clientId }))).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });

  it("removes the stored file when the database refuses the asset (unknown client)", async () => {
    const before = await storedFiles();
    const error = await appError(
      createAssetFromUpload(ownerAccess(agency), uploadRequest(await pngBytes()), { clientId: "nope" }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "That client was not found in this agency." });
    expect(await storedFiles()).toBe(before);
  });

  it("refuses a campaign of another client", async () => {
    const other = await caller.clients.create({ name: "Other client" });
    const campaign = await caller.campaigns.create({
      clientId: other.id,
      name: "Elsewhere",
      channels: ["social"],
      objective: "o",
      budget: 1,
      currency: "USD",
      startDate: "2026-01-01",
    });
    expect(await appError(upload(await pngBytes(), "x.png", { campaignId: campaign.id }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "That campaign belongs to another client than this asset.",
    });
  });
});

describe("asset approval", () => {
  it("goes draft → in review → changes requested → in review → approved, each move audited", async () => {
    const { id } = await upload(await pngBytes());
    await caller.assets.submit({ id, version: 1 });
    const missing = await trpcError(caller.assets.decide({ id, version: 1, decision: "changes_requested" }));
    expect(missing.code).toBe("BAD_REQUEST");
    await caller.assets.decide({ id, version: 1, decision: "changes_requested", comment: "Logo is too small." });
    let detail = await caller.assets.get({ id });
    expect(detail.status).toBe("changes_requested");
    expect(detail.comments).toMatchObject([
      { body: "Logo is too small.", decision: "changes_requested", version: 1, parentId: null },
    ]);
    expect(detail.allowedMoves).toEqual(["in_review"]);
    await caller.assets.submit({ id, version: 1 });
    await caller.assets.decide({ id, version: 1, decision: "approved" });
    detail = await caller.assets.get({ id });
    expect(detail.status).toBe("approved");
    expect(detail.comments.at(-1)).toMatchObject({ decision: "approved", body: "Approved version 1." });
    expect(detail.allowedMoves).toEqual([]);
    const events = await adminSql<{ action: string }>(
      "SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq",
      [id],
    );
    expect(events.map((e) => e.action)).toEqual([
      "asset.create",
      "asset.submit",
      "asset.request_changes",
      "asset.submit",
      "asset.approve",
    ]);
  });

  it("refuses a forbidden move with a message that says what to do", async () => {
    const { id } = await upload(await pngBytes());
    const early = await trpcError(caller.assets.decide({ id, version: 1, decision: "approved" }));
    expect(early).toMatchObject({
      code: "CONFLICT",
      message: "This asset is Draft; it cannot move to Approved. Submit it for review first.",
    });
    await caller.assets.submit({ id, version: 1 });
    await caller.assets.decide({ id, version: 1, decision: "approved" });
    const again = await trpcError(caller.assets.submit({ id, version: 1 }));
    expect(again.message).toBe(
      "This asset is Approved; it cannot move to In review. Upload a new version to change an approved asset.",
    );
  });

  it("a new version gets the next number, keeps the old one, and starts approval over", async () => {
    const first = await upload(await pngBytes(), "v1.png");
    await caller.assets.submit({ id: first.id, version: 1 });
    await caller.assets.decide({ id: first.id, version: 1, decision: "approved" });
    const second = await uploadAssetVersion(
      ownerAccess(agency),
      uploadRequest(await pngBytes(80, 60)),
      first.id,
      "v2.png",
    );
    expect(second).toMatchObject({ currentVersion: 2, status: "draft" });
    const detail = await caller.assets.get({ id: first.id });
    expect(detail.versions.map((v) => [v.version, v.originalFilename, v.width])).toEqual([
      [2, "v2.png", 80],
      [1, "v1.png", 64],
    ]);
    // Refused after the file was stored (its kind is known only then): the stored file goes again.
    const filesBefore = await storedFiles();
    const kind = await appError(uploadAssetVersion(ownerAccess(agency), uploadRequest(pdfBytes()), first.id, "x.pdf"));
    expect(kind).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: expect.stringMatching(/must be one too/) });
    expect(await storedFiles()).toBe(filesBefore);
  });

  it("never applies a decision to a version the reviewer has not seen", async () => {
    const { id } = await upload(await pngBytes(), "seen.png");
    await caller.assets.submit({ id, version: 1 });
    // While the reviewer looks at version 1, version 2 arrives and is submitted.
    await uploadAssetVersion(ownerAccess(agency), uploadRequest(await pngBytes(70, 50)), id, "unseen.png");
    await caller.assets.submit({ id, version: 2 });
    const stale = await trpcError(caller.assets.decide({ id, version: 1, decision: "approved" }));
    expect(stale).toMatchObject({
      code: "CONFLICT",
      message: "Version 2 was uploaded after you opened version 1. Look at it first, then try again.",
    });
    expect((await caller.assets.get({ id })).status).toBe("in_review");
  });

  it("two uploads of a new version at once get different numbers", async () => {
    const { id } = await upload(await pngBytes());
    const bytes = await pngBytes();
    const results = await Promise.all([
      uploadAssetVersion(ownerAccess(agency), uploadRequest(bytes), id, "a.png"),
      uploadAssetVersion(ownerAccess(agency), uploadRequest(bytes), id, "b.png"),
    ]);
    expect(results.map((r) => r.currentVersion).sort()).toEqual([2, 3]);
  });

  it("only managers and up decide; members submit and comment; viewers only read", async () => {
    const { id } = await upload(await pngBytes());
    const member = await addMember(agency, "member");
    const viewer = await addMember(agency, "viewer");
    const asMember = callerFor(member, agency.organizationId);
    const asViewer = callerFor(viewer, agency.organizationId);
    await asMember.assets.submit({ id, version: 1 });
    expect((await trpcError(asMember.assets.decide({ id, version: 1, decision: "approved" }))).code).toBe("FORBIDDEN");
    const comment = await asMember.assets.comment({ assetId: id, body: "Ready when you are." });
    expect(comment.authorName).toBe(member.name);
    expect((await trpcError(asViewer.assets.comment({ assetId: id, body: "hi" }))).code).toBe("FORBIDDEN");
    expect((await asViewer.assets.get({ id })).comments).toHaveLength(1);
  });
});

describe("asset comments", () => {
  it("threads replies one level deep, a reply to a reply joining the same thread", async () => {
    const { id } = await upload(await pngBytes());
    const root = await caller.assets.comment({ assetId: id, body: "Can we try blue?" });
    const reply = await caller.assets.comment({ assetId: id, body: "Trying it.", parentId: root.id });
    const nested = await caller.assets.comment({ assetId: id, body: "Done.", parentId: reply.id });
    expect(reply.parentId).toBe(root.id);
    expect(nested.parentId).toBe(root.id);
    const elsewhere = await upload(await pngBytes());
    const wrong = await trpcError(caller.assets.comment({ assetId: elsewhere.id, body: "x", parentId: root.id }));
    expect(wrong.code).toBe("NOT_FOUND");
  });
});

describe("asset lists", () => {
  it("filters by status, kind and search, pages with a cursor, and archives in bulk", async () => {
    const tag = `Spring${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await upload(await pngBytes(), `${tag}-${i}.png`)).id);
    const pdf = await upload(pdfBytes(), `${tag}-brief.pdf`);
    await caller.assets.submit({ id: ids[0]!, version: 1 });

    const page1 = await caller.assets.list({ search: tag.toLowerCase(), limit: 2 });
    expect(page1.items).toHaveLength(2);
    const page2 = await caller.assets.list({ search: tag, limit: 2, cursor: page1.nextCursor ?? undefined });
    expect([...page1.items, ...page2.items].map((a) => a.id).sort()).toEqual([...ids, pdf.id].sort());
    expect(page2.nextCursor).toBeNull();
    expect((await caller.assets.list({ search: tag, kinds: ["pdf"] })).items.map((a) => a.id)).toEqual([pdf.id]);
    expect((await caller.assets.list({ search: tag, statuses: ["in_review"] })).items.map((a) => a.id)).toEqual([
      ids[0],
    ]);

    expect(await caller.assets.bulkArchive({ ids: [ids[1]!, ids[2]!], archived: true })).toEqual({ updated: 2 });
    expect((await caller.assets.list({ search: tag })).items).toHaveLength(2);
    expect((await caller.assets.list({ search: tag, archived: true })).items).toHaveLength(2);
    const blocked = await trpcError(caller.assets.comment({ assetId: ids[1]!, body: "x" }));
    expect(blocked).toMatchObject({
      code: "CONFLICT",
      message: "This asset is archived. Restore it before you comment on it.",
    });
    const partly = await trpcError(caller.assets.bulkArchive({ ids: [ids[0]!, "missing"], archived: true }));
    expect(partly.code).toBe("NOT_FOUND");
    expect((await caller.assets.get({ id: ids[0]! })).archivedAt).toBeNull();
  });
});

describe("asset isolation", () => {
  it("another agency can neither see, change, comment on nor add versions to an asset", async () => {
    const { id } = await upload(await pngBytes());
    const other = await createAgency();
    const them = ownerCaller(other);
    expect((await trpcError(them.assets.get({ id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(them.assets.submit({ id, version: 1 }))).code).toBe("NOT_FOUND");
    expect((await trpcError(them.assets.comment({ assetId: id, body: "hi" }))).code).toBe("NOT_FOUND");
    expect((await trpcError(them.assets.bulkArchive({ ids: [id], archived: true }))).code).toBe("NOT_FOUND");
    expect((await them.assets.list({})).items.map((a) => a.id)).not.toContain(id);
    const version = await appError(
      uploadAssetVersion(ownerAccess(other), uploadRequest(await pngBytes()), id, "x.png"),
    );
    expect(version).toMatchObject({ code: "NOT_FOUND" });
    const theirClient = await them.clients.create({ name: "Theirs" });
    const wrongClient = await appError(
      createAssetFromUpload(ownerAccess(agency), uploadRequest(await pngBytes()), { clientId: theirClient.id }),
    );
    expect(wrongClient).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("staged uploads", () => {
  it("are swept once they are older than an hour, and only then", async () => {
    const { mkdir, utimes, writeFile, access } = await import("node:fs/promises");
    const { sweepStagedUploads } = await import("./stage-upload");
    const dir = path.resolve(env().DATA_DIR, "tmp");
    await mkdir(dir, { recursive: true });
    const old = path.join(dir, `upload-old-${Date.now()}`);
    const fresh = path.join(dir, `upload-fresh-${Date.now()}`);
    await writeFile(old, "x");
    await writeFile(fresh, "x");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    expect(await sweepStagedUploads()).toBeGreaterThanOrEqual(1);
    await expect(access(old)).rejects.toThrow();
    await expect(access(fresh)).resolves.toBeUndefined();
  });

  it("stop reading a body at the limit whatever Content-Length says, and leave no file", async () => {
    const { stageUpload } = await import("./stage-upload");
    const before = await readdir(path.resolve(env().DATA_DIR, "tmp")).catch(() => []);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const req = new Request("http://127.0.0.1/api/assets", { method: "POST", body, duplex: "half" } as RequestInit);
    expect(await appError(stageUpload(req, 1024 * 1024))).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await readdir(path.resolve(env().DATA_DIR, "tmp"))).toEqual(before);
  });
});
