import { z } from "zod";
import { ASSET_TYPES_SENTENCE, MAX_ASSET_BYTES } from "@/lib/schemas/assets";
import { formatBytes } from "@/components/campaigns/csv-header";
import { postFile } from "@/lib/post-file";

const ZUploaded = z.object({ id: z.string() });

export const TOO_LARGE_MESSAGE = `This file is too large. You can upload ${ASSET_TYPES_SENTENCE}.`;

function fallbackMessage(status: number): string {
  if (status === 413) return TOO_LARGE_MESSAGE;
  if (status === 415) return `This kind of file cannot be an asset. Upload ${ASSET_TYPES_SENTENCE}.`;
  if (status === 401) return "Your session has ended. Sign in again, then upload the file again.";
  if (status === 403) return "Your role may not upload assets in this agency.";
  return `The upload failed (HTTP ${status}). Try again; if it keeps happening, tell your administrator.`;
}

/**
 * Sends `file` as the raw request body to an upload route (`/api/assets?…` or
 * `/api/assets/<id>/versions?…`); answers the asset's id, or throws an Error whose message
 * is the server's, which says what to do.
 */
export async function postAssetFile(path: string, params: Record<string, string | undefined>, file: File) {
  if (file.size > MAX_ASSET_BYTES) {
    throw new Error(
      `This file is ${formatBytes(file.size)}; the largest you can upload is ${formatBytes(MAX_ASSET_BYTES)}.`,
    );
  }
  const query = new URLSearchParams({ filename: file.name });
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const body = await postFile(`${path}?${query.toString()}`, file, { fallbackMessage });
  const uploaded = ZUploaded.safeParse(body);
  if (!uploaded.success) throw new Error("The server's answer could not be read. Reload the page to see the upload.");
  return uploaded.data;
}
