import sharp from "sharp";
import { AppError } from "../../errors";

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 480;

/**
 * An image's size and a WebP thumbnail (first frame for animations, EXIF orientation
 * applied, never enlarged). A file that sniffs as an image but will not decode is refused.
 */
export async function imageThumbnail(filePath: string) {
  try {
    const image = sharp(filePath, { animated: false, failOn: "error" });
    const { width, height, orientation } = await image.metadata();
    const { data } = await image
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    // EXIF orientations 5-8 turn the picture a quarter: its displayed width is its height.
    const quarterTurn = orientation !== undefined && orientation >= 5;
    return { thumbnail: data, width: quarterTurn ? height : width, height: quarterTurn ? width : height };
  } catch {
    throw new AppError(
      "BAD_REQUEST",
      "This image could not be read: it may be damaged or cut short. Export it again and upload the new file.",
    );
  }
}
