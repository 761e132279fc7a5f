import { DEFAULT_BASE_URLS, type ProviderKind, type TTestProviderResult } from "@/lib/schemas/providers";

export type ProviderConnection = { kind: ProviderKind; baseUrl: string | null; apiKey: string | null };

const TIMEOUT_MS = 10_000;

/** The base URL a connection talks to: its own, or its kind's default. */
export function baseUrlOf(connection: Pick<ProviderConnection, "kind" | "baseUrl">): string {
  const base = connection.baseUrl ?? DEFAULT_BASE_URLS[connection.kind];
  if (!base) throw new Error(`A ${connection.kind} provider needs a base URL`);
  return base.replace(/\/+$/, "");
}

function headersFor({ kind, apiKey }: ProviderConnection): Record<string, string> {
  if (kind === "anthropic") {
    return { "anthropic-version": "2023-06-01", ...(apiKey && { "x-api-key": apiKey }) };
  }
  return apiKey ? { authorization: `Bearer ${apiKey}` } : {};
}

/** The provider's own words for a failure: its JSON error message when it sends one. */
async function providerError(response: Response): Promise<string> {
  const text = (await response.text().catch(() => "")).slice(0, 2000);
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof body.error === "string" ? body.error : (body.error?.message ?? body.message ?? undefined);
    if (typeof message === "string" && message) return message.slice(0, 500);
  } catch {
    // Not JSON: the text itself is what the provider said.
  }
  return text.trim().slice(0, 500) || `${response.status} ${response.statusText}`;
}

/**
 * "Test connection": lists the provider's models (`GET <base>/models`), or reports its error
 * verbatim with the HTTP status, within ten seconds.
 */
export async function listProviderModels(connection: ProviderConnection): Promise<TTestProviderResult> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(`${baseUrlOf(connection)}/models`, {
      headers: headersFor(connection),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      return { ok: false, status: response.status, error: await providerError(response), latencyMs: latencyMs() };
    }
    const body = (await response.json()) as { data?: { id?: unknown }[] };
    const models = (body.data ?? [])
      .map((model) => model.id)
      .filter((id): id is string => typeof id === "string")
      .sort();
    return { ok: true, models, latencyMs: latencyMs() };
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError"
        ? `No answer within ${TIMEOUT_MS / 1000} seconds.`
        : error instanceof Error
          ? `Could not reach the provider: ${error.cause instanceof Error ? error.cause.message : error.message}`
          : "Could not reach the provider.";
    return { ok: false, status: null, error: reason, latencyMs: latencyMs() };
  }
}
