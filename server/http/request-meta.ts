import { env } from "../env";

export type RequestMeta = { ip: string; userAgent: string | null };

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (typeof headers.get === "function") return (headers as { get(name: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * Client address and user agent for audit events and rate limits. `scripts/serve.ts` puts
 * the socket address in X-Forwarded-For (replacing whatever the client sent) unless
 * TRUST_PROXY=true; behind a trusted reverse proxy the entry it appended, the last one, is
 * the client.
 */
export function requestMeta(headers: HeaderSource): RequestMeta {
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const ip = (env().TRUST_PROXY === "true" ? forwarded.at(-1) : forwarded[0]) ?? "unknown";
  return { ip: ip.slice(0, 64), userAgent: header(headers, "user-agent")?.slice(0, 512) ?? null };
}
