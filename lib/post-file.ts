import { z } from "zod";

/** What our upload and import routes answer with when they refuse a request. */
const ZErrorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

type Options = {
  headers?: HeadersInit;
  /** The message for a failure whose body is not `{ error: { code, message } }` (a proxy's 413, say). */
  fallbackMessage: (status: number) => string;
};

/**
 * POSTs `file` as the raw request body to `url` and answers the response's JSON (null when it is
 * not JSON). A failed request throws an Error whose message is the server's, or the fallback's.
 */
export async function postFile(url: string, file: File, { headers, fallbackMessage }: Options): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers, body: file });
  } catch {
    throw new Error("The file could not be sent. Check your connection and try again.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const failure = ZErrorResponse.safeParse(body);
    throw new Error(failure.success ? failure.data.error.message : fallbackMessage(response.status));
  }
  return body;
}
