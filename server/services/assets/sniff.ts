import { fileTypeFromFile } from "file-type";
import { ASSET_TYPES, ASSET_TYPES_SENTENCE, type AssetMimeType } from "@/lib/schemas/assets";
import { AppError } from "../../errors";

/** Container formats some tools label differently; they are the same files. */
const ALIASES: Record<string, AssetMimeType> = { "video/x-m4v": "video/mp4", "video/m4v": "video/mp4" };

const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;

/**
 * The file's real type, read from its content (magic bytes), whatever its name or the
 * browser claimed; refuses types and sizes assets may not have with a message saying what to
 * upload instead.
 */
export async function sniffAssetType(filePath: string, sizeBytes: number) {
  const detected = await fileTypeFromFile(filePath);
  const mime = detected ? (ALIASES[detected.mime] ?? detected.mime) : undefined;
  if (!mime || !(mime in ASSET_TYPES)) {
    const what = detected ? `of type ${detected.ext.toUpperCase()} (${detected.mime})` : "not a format we recognise";
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `By its content this file is ${what}, whatever its name says. Upload ${ASSET_TYPES_SENTENCE}.`,
    );
  }
  const type = ASSET_TYPES[mime as AssetMimeType];
  if (sizeBytes > type.maxBytes) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `${type.label} files may be at most ${formatMb(type.maxBytes)}; this one is ${formatMb(sizeBytes)}. Compress it and upload again.`,
    );
  }
  return { mime: mime as AssetMimeType, kind: type.kind, ext: detected?.ext ?? "bin" };
}
