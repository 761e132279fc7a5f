import sharp from "sharp";
import { AppError } from "../../errors";

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 480;

/**
 * Largest image, in pixels, that is decoded for a thumbnail: 40 MP (e.g. 8000 × 5000) is more
 * than any camera or design tool exports for ads. A few kilobytes of interlaced PNG can claim
 * 16383 × 16383 and decode to gigabytes, so the size is read from the header first.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

// One decode at a time per process, on one libuv thread: thumbnails must not starve password
// hashing and file I/O, which share that pool. No cache: every upload is a different file.
sharp.concurrency(1);
sharp.cache(false);
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const unreadable = () =>
  new AppError(
    "BAD_REQUEST",
    "This image could not be read: it may be damaged or cut short. Export it again and upload the new file.",
  );

/**
 * An image's size and a WebP thumbnail (first frame for animations, EXIF orientation
 * applied, never enlarged). A file that sniffs as an image but will not decode is refused,
 * and so is one too large to decode safely.
 */
export async function imageThumbnail(filePath: string) {
  const header = await sharp(filePath)
    .metadata()
    .catch(() => {
      throw unreadable();
    });
  const { width = 0, height = 0, orientation } = header;
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `This image is ${width} × ${height} pixels; images may have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Scale it down and upload again.`,
    );
  }
  const thumbnail = await oneAtATime(() =>
    sharp(filePath, { animated: false, failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer(),
  ).catch(() => {
    throw unreadable();
  });
  // EXIF orientations 5-8 turn the picture a quarter: its displayed width is its height.
  const quarterTurn = orientation !== undefined && orientation >= 5;
  return { thumbnail, width: quarterTurn ? height : width, height: quarterTurn ? width : height };
}
