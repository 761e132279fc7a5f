import zlib from "node:zlib";
import sharp from "sharp";

/** Real files of each kind asset uploads accept, made in memory (no fixtures on disk). */
export const pngBytes = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: "#3366ff" } })
    .png()
    .toBuffer();

export const jpegBytes = (width = 1200, height = 800) =>
  sharp({ create: { width, height, channels: 3, background: "#ff9900" } })
    .jpeg()
    .toBuffer();

/** A minimal PDF: the header is what identifies it. */
export const pdfBytes = () =>
  Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n", "latin1");

/** An ISO base media file with an `mp42` brand: what an MP4 starts with. */
export function mp4Bytes(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write("ftypmp42", 4, "latin1");
  ftyp.writeUInt32BE(0, 12);
  ftyp.write("mp42isom", 16, "latin1");
  const mdat = Buffer.alloc(64);
  mdat.writeUInt32BE(64, 0);
  mdat.write("mdat", 4, "latin1");
  return Buffer.concat([ftyp, mdat]);
}

/** A Windows executable header (MZ…PE): must be refused whatever it is called. */
export function exeBytes(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(128, 0x3c);
  bytes.write("PE\0\0", 128, "latin1");
  return bytes;
}

/** A request carrying `body` as an upload, as the browser sends it. */
export const uploadRequest = (body: Uint8Array, url = "http://127.0.0.1/api/assets") =>
  new Request(url, { method: "POST", body: Uint8Array.from(body) });

/**
 * A PNG whose header claims `width` × `height` pixels but holds almost no image data: what a
 * decompression bomb looks like before it is decoded, in under a hundred bytes.
 */
export function pngHeaderClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // RGBA
  ihdr.writeUInt8(1, 12); // interlaced: cannot be decoded a piece at a time
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(16))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
