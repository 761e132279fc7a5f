import { DEFAULT_BASE_URLS, type ProviderKind, type TTestProviderResult } from "@/lib/schemas/providers";

export type ProviderConnection = { kind: ProviderKind; baseUrl: string | null; apiKey: string | null };

const TIMEOUT_MS = 10_000;
const ANTHROPIC_PAGE_SIZE = 1000;
/** A bound on pages followed, should a server keep saying there are more. */
const MAX_PAGES = 10;

const ANTHROPIC_HOST = "https://api.anthropic.com";

/** The base URL a connection talks to: its own, or its kind's default. */
export function baseUrlOf(connection: Pick<ProviderConnection, "kind" | "baseUrl">): string {
  const base = connection.baseUrl ?? DEFAULT_BASE_URLS[connection.kind];
  if (!base) throw new Error(`A ${connection.kind} provider needs a base URL`);
  const trimmed = base.replace(/\/+$/, "");
  // Anthropic's docs give the bare host; its API lives under /v1 (the AI SDK adds it the same way).
  return connection.kind === "anthropic" && trimmed === ANTHROPIC_HOST ? `${ANTHROPIC_HOST}/v1` : trimmed;
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

type ModelsPage = { data?: { id?: unknown }[]; has_more?: unknown; last_id?: unknown };

/**
 * "Test connection": lists the provider's models (`GET <base>/models`), or reports its error
 * verbatim with the HTTP status, within ten seconds. Anthropic pages its list, 20 models unless
 * asked for more, so its pages are asked for at the largest size and followed.
 */
export async function listProviderModels(connection: ProviderConnection): Promise<TTestProviderResult> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const ids: unknown[] = [];
    let afterId: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const url = new URL(`${baseUrlOf(connection)}/models`);
      if (connection.kind === "anthropic") url.searchParams.set("limit", String(ANTHROPIC_PAGE_SIZE));
      if (afterId !== null) url.searchParams.set("after_id", afterId);
      const response = await fetch(url, { headers: headersFor(connection), signal });
      if (!response.ok) {
        return { ok: false, status: response.status, error: await providerError(response), latencyMs: latencyMs() };
      }
      const body = (await response.json()) as ModelsPage;
      ids.push(...(body.data ?? []).map((model) => model.id));
      if (connection.kind !== "anthropic" || body.has_more !== true || typeof body.last_id !== "string") break;
      afterId = body.last_id;
    }
    const models = ids.filter((id): id is string => typeof id === "string").sort();
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
