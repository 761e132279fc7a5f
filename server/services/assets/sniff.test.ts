import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exeBytes, jpegBytes, mp4Bytes, pdfBytes, pngBytes } from "@/test/asset-files";
import { appError } from "@/test/factories";
import { sniffAssetType } from "./sniff";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "sniff-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function sniff(name: string, bytes: Uint8Array, size = bytes.byteLength) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return sniffAssetType(file, size);
}

describe("sniffAssetType", () => {
  it("reads the type from the content, not the name", async () => {
    expect(await sniff("photo.pdf", await pngBytes())).toMatchObject({ mime: "image/png", kind: "image", ext: "png" });
    expect(await sniff("no-extension", await jpegBytes(10, 10))).toMatchObject({ mime: "image/jpeg", kind: "image" });
    expect(await sniff("brief.png", pdfBytes())).toMatchObject({ mime: "application/pdf", kind: "pdf" });
    expect(await sniff("clip.txt", mp4Bytes())).toMatchObject({ mime: "video/mp4", kind: "video" });
  });

  it("refuses an executable named like a picture, saying what it is and what to upload", async () => {
    const error = await appError(sniff("innocent.png", exeBytes()));
    expect(error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(error.message).toMatch(/By its content this file is of type EXE/);
    expect(error.message).toMatch(/whatever its name says\. Upload PNG, JPEG, GIF or WebP images/);
  });

  it("refuses text and unknown formats", async () => {
    const error = await appError(sniff("notes.jpg", Buffer.from("just some text, not a picture")));
    expect(error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(error.message).toMatch(/not a format we recognise/);
  });

  it("refuses SVG even though browsers show it as an image (it can carry script)", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await appError(sniff("logo.svg", svg))).code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("applies each type's own size limit", async () => {
    const png = await pngBytes();
    const error = await appError(sniff("big.png", png, 26 * 1024 * 1024));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe("PNG files may be at most 25 MB; this one is 26 MB. Compress it and upload again.");
    // The same size is fine for a PDF (50 MB).
    expect(await sniff("big.pdf", pdfBytes(), 26 * 1024 * 1024)).toMatchObject({ kind: "pdf" });
  });
});
