import { describe, expect, it } from "vitest";
import { assetNameFrom, cleanFilename, contentDisposition, servedFilename } from "./filenames";

describe("asset file names", () => {
  it("drop folders, control and invisible formatting characters, and trailing dots", () => {
    expect(cleanFilename("../../etc/passwd")).toBe("passwd");
    expect(cleanFilename("C:\\Users\\ann\\hero.png")).toBe("hero.png");
    expect(cleanFilename("brief\u202Efdp.hta")).toBe("brieffdp.hta");
    expect(cleanFilename("a\u0000b\u007f\u0085c.png. . ")).toBe("abc.png");
    expect(cleanFilename("")).toBe("upload");
    expect(cleanFilename("x".repeat(300))).toHaveLength(255);
  });

  it("name an asset after its file, within the name's rules", () => {
    expect(assetNameFrom("Summer hero.jpg")).toBe("Summer hero");
    expect(assetNameFrom(".png")).toBe(".png");
    expect(assetNameFrom(undefined)).toBe("Untitled asset");
    expect(assetNameFrom(`${"y".repeat(250)}.png`)).toHaveLength(200);
  });

  it("serve a file under the extension of what it really is", () => {
    expect(servedFilename("brief.hta", "application/pdf", "original")).toBe("brief.pdf");
    expect(servedFilename("clip.html", "video/quicktime", "original")).toBe("clip.mov");
    expect(servedFilename("hero.png", "image/png", "thumbnail")).toBe("hero-thumbnail.webp");
  });

  it("encode the exact name as RFC 8187 asks, with an ASCII fallback", () => {
    expect(contentDisposition("attachment", "Été (final)*.png")).toBe(
      `attachment; filename="_t_ (final)*.png"; filename*=UTF-8''%C3%89t%C3%A9%20%28final%29%2A.png`,
    );
  });
});
