import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIPv4, isIPv6, type LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "../errors";

/**
 * Outbound HTTP for addresses someone else chose (an agent, a webhook URL): public hosts only.
 * Every hop is resolved once, refused if ANY of its addresses is not public, and then connected
 * to exactly those checked addresses (a pinned `lookup`), so a DNS answer that changes between
 * the check and the connection (rebinding) cannot reach an internal service.
 *
 * Built on node:http/https rather than undici: undici's `Agent` is not exported by Node and the
 * npm package is only a transitive dependency here, while `http.request` takes a `lookup`
 * option that pins the connection just as well.
 */

export type AddressKind =
  "public" | "loopback" | "private" | "link-local" | "unspecified" | "shared" | "multicast" | "broadcast" | "reserved";

export type SafeFetchFailure =
  "invalid_url" | "refused" | "dns" | "network" | "timeout" | "aborted" | "too_many_redirects" | "request_too_large";

/** A request safeFetch would not make or could not finish; the message says which and why. */
export class SafeFetchError extends AppError {
  constructor(
    readonly reason: SafeFetchFailure,
    message: string,
  ) {
    super("BAD_REQUEST", message);
    this.name = "SafeFetchError";
  }
}

export type SafeFetchInit = {
  method?: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  signal?: AbortSignal;
};

export type SafeFetchLimits = {
  /** For the whole exchange: every hop and the body. Default 10 s. */
  timeoutMs?: number;
  /** Bytes of (decoded) body kept; the rest is dropped and `truncated` set. Default 1 MB. */
  maxResponseBytes?: number;
  /** Larger request bodies are refused before connecting. Default 256 KB. */
  maxRequestBytes?: number;
  /** Default 3. */
  maxRedirects?: number;
  /** Tests only: lets a non-public address through (a local test server). Never set in app code. */
  allowAddress?: (address: string) => boolean;
  /** Tests only: resolves host names instead of DNS. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
};

export type SafeResponse = {
  /** The address that answered, after redirects. */
  url: string;
  status: number;
  statusText: string;
  headers: Headers;
  body: Buffer;
  /** True when the body was longer than `maxResponseBytes` and was cut there. */
  truncated: boolean;
  redirects: number;
};

export const SAFE_FETCH_DEFAULTS = {
  timeoutMs: 10_000,
  maxResponseBytes: 1_048_576,
  maxRequestBytes: 262_144,
  maxRedirects: 3,
} as const;

const USER_AGENT = "Switchboard/1.0 (+https://github.com/switchboard)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Set by the client itself, or meaningless (or harmful) when chosen by the caller. */
const RESERVED_HEADERS = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  "te",
  "trailer",
  "expect",
  "proxy-authorization",
  "proxy-connection",
  "accept-encoding",
]);
/** Credentials are for the origin they were given to, not wherever it redirects. */
const ORIGIN_BOUND_HEADERS = ["authorization", "cookie"];

// ---------------------------------------------------------------------------------------------
// Classifying addresses

type Rule = { network: bigint; bits: number; kind: AddressKind };

const ipv4BigInt = (ip: string) => ip.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);

function ipv6BigInt(ip: string): bigint {
  let text = ip.split("%")[0] ?? "";
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const n = ipv4BigInt(dotted);
    text = `${text.slice(0, -dotted.length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail === undefined ? [] : tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headParts.length - tailParts.length).fill("0");
  return [...headParts, ...zeros, ...tailParts].reduce((acc, part) => (acc << 16n) | BigInt(parseInt(part, 16)), 0n);
}

const rule = (cidr: string, kind: AddressKind): Rule => {
  const [network = "", bits = ""] = cidr.split("/");
  return { network: isIPv4(network) ? ipv4BigInt(network) : ipv6BigInt(network), bits: Number(bits), kind };
};

/** Whether an address `width` bits wide (32 or 128) is inside `range`. */
const within = (value: bigint, width: number, range: Rule) => {
  const shift = BigInt(width - range.bits);
  return value >> shift === range.network >> shift;
};

// First match wins: the broadcast address before the reserved 240/4 around it.
const IPV4_RULES = [
  rule("0.0.0.0/8", "unspecified"),
  rule("10.0.0.0/8", "private"),
  rule("100.64.0.0/10", "shared"),
  rule("127.0.0.0/8", "loopback"),
  rule("169.254.0.0/16", "link-local"),
  rule("172.16.0.0/12", "private"),
  rule("192.0.0.0/24", "reserved"),
  rule("192.0.2.0/24", "reserved"),
  rule("192.168.0.0/16", "private"),
  rule("198.18.0.0/15", "reserved"),
  rule("198.51.100.0/24", "reserved"),
  rule("203.0.113.0/24", "reserved"),
  rule("224.0.0.0/4", "multicast"),
  rule("255.255.255.255/32", "broadcast"),
  rule("240.0.0.0/4", "reserved"),
];

const IPV6_RULES = [
  rule("::/128", "unspecified"),
  rule("::1/128", "loopback"),
  rule("64:ff9b:1::/48", "reserved"),
  rule("100::/64", "reserved"),
  rule("2001::/32", "reserved"),
  rule("2001:db8::/32", "reserved"),
  rule("fc00::/7", "private"),
  rule("fe80::/10", "link-local"),
  rule("fec0::/10", "private"),
  rule("ff00::/8", "multicast"),
];

/** IPv6 ranges that carry an IPv4 address, and how far (in bits, from the right) it sits. */
const IPV4_CARRIERS = [
  { range: rule("::ffff:0:0/96", "reserved"), shift: 0n }, // IPv4-mapped
  { range: rule("::/96", "reserved"), shift: 0n }, // IPv4-compatible (deprecated)
  { range: rule("64:ff9b::/96", "reserved"), shift: 0n }, // NAT64
  { range: rule("2002::/16", "reserved"), shift: 80n }, // 6to4
];

const GLOBAL_UNICAST = rule("2000::/3", "public");

function classifyIpv4(value: bigint): AddressKind {
  return IPV4_RULES.find((range) => within(value, 32, range))?.kind ?? "public";
}

/**
 * What kind of address `ip` is (IPv4 or IPv6 text). Only "public" may be fetched. IPv6 forms
 * that embed an IPv4 address (mapped `::ffff:127.0.0.1`, NAT64, 6to4) are judged by that
 * address; IPv6 outside the global unicast range 2000::/3 is reserved.
 */
export function classifyAddress(ip: string): AddressKind {
  if (isIPv4(ip)) return classifyIpv4(ipv4BigInt(ip));
  if (!isIPv6(ip.split("%")[0] ?? "")) throw new TypeError(`${ip} is not an IP address.`);
  const value = ipv6BigInt(ip);
  const special = IPV6_RULES.find((range) => within(value, 128, range));
  if (special) return special.kind;
  const carrier = IPV4_CARRIERS.find(({ range }) => within(value, 128, range));
  if (carrier) return classifyIpv4((value >> carrier.shift) & 0xffff_ffffn);
  return within(value, 128, GLOBAL_UNICAST) ? "public" : "reserved";
}

const ARTICLE: Record<AddressKind, string> = {
  public: "a public",
  loopback: "a loopback",
  private: "a private",
  "link-local": "a link-local",
  unspecified: "an unspecified",
  shared: "a shared (carrier-grade NAT)",
  multicast: "a multicast",
  broadcast: "a broadcast",
  reserved: "a reserved",
};

const METADATA_ADDRESSES = new Set(["169.254.169.254", "fd00:ec2::254"]);

function addressPhrase(ip: string, kind: AddressKind): string {
  return `${ARTICLE[kind]} address${METADATA_ADDRESSES.has(ip) ? " (the cloud metadata service)" : ""}`;
}

// ---------------------------------------------------------------------------------------------
// Fetching

type Settings = Required<Omit<SafeFetchLimits, "allowAddress" | "resolve">> &
  Pick<SafeFetchLimits, "allowAddress" | "resolve">;
type Hop = { method: string; headers: Record<string, string>; body: Buffer | undefined };

function parseTarget(url: string | URL, base?: URL): URL {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    throw new SafeFetchError("invalid_url", `Refused: "${String(url).slice(0, 200)}" is not a valid address.`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:")
    throw new SafeFetchError(
      "refused",
      `Refused: only http and https addresses can be fetched, not ${target.protocol}.`,
    );
  return target;
}

/** A system DNS lookup cannot be cancelled, but waiting for it can. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The host's addresses, each checked; refused if any one is not public. */
async function checkedAddresses(target: URL, settings: Settings, signal: AbortSignal): Promise<LookupAddress[]> {
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const literal = isIPv4(host) ? 4 : isIPv6(host) ? 6 : 0;
  let addresses: LookupAddress[];
  if (literal) addresses = [{ address: host, family: literal }];
  else {
    try {
      const resolve = settings.resolve ?? ((name) => lookup(name, { all: true, verbatim: true }));
      addresses = await untilAborted(resolve(host), signal);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "no answer";
      throw new SafeFetchError("dns", `Could not find the address of ${host} (${code}).`);
    }
    if (addresses.length === 0) throw new SafeFetchError("dns", `Could not find the address of ${host}.`);
  }
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === "public" || settings.allowAddress?.(address)) continue;
    const what = addressPhrase(address, kind);
    throw new SafeFetchError(
      "refused",
      literal ? `Refused: ${address} is ${what}.` : `Refused: ${host} resolves to ${address}, ${what}.`,
    );
  }
  return addresses;
}

/** Answers every lookup the connection makes with the addresses already checked. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = addresses.filter((a) => !wanted || a.family === wanted);
    const first = usable[0];
    if (!first)
      return callback(Object.assign(new Error("No checked address of that family."), { code: "ENOTFOUND" }), "");
    if (options.all) callback(null, usable);
    else callback(null, first.address, first.family);
  };
}

function send(target: URL, addresses: LookupAddress[], hop: Hop, signal: AbortSignal): Promise<IncomingMessage> {
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      {
        method: hop.method,
        headers: { ...hop.headers, ...(hop.body && { "content-length": String(hop.body.length) }) },
        lookup: pinnedLookup(addresses),
        // A fresh connection per hop: a pooled socket would skip the pinned lookup.
        agent: false,
        signal,
      },
      resolve,
    );
    request.on("error", reject);
    request.end(hop.body);
  });
}

function decoded(response: IncomingMessage): Readable {
  const encoding = response.headers["content-encoding"]?.trim().toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  return decoder ? pipeline(response, decoder, () => {}) : response;
}

async function readBody(response: IncomingMessage, max: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = decoded(response);
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    if (size + buffer.length > max) {
      chunks.push(buffer.subarray(0, max - size));
      // Leaving the loop destroys the stream; the connection goes with it, unread.
      response.destroy();
      return { body: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  return { body: Buffer.concat(chunks), truncated: false };
}

function requestHeaders(headers: Record<string, string> = {}): Record<string, string> {
  const result: Record<string, string> = { "user-agent": USER_AGENT, accept: "*/*" };
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (RESERVED_HEADERS.has(key) || key.startsWith("proxy-"))
      throw new SafeFetchError("refused", `Refused: the ${name} header is set by the client and cannot be chosen.`);
    result[key] = value;
  }
  result["accept-encoding"] = "gzip, deflate, br";
  return result;
}

/** The hop after a redirect: 303 (and 301/302 after a POST) turns into a body-less GET, as browsers do. */
function redirected(hop: Hop, status: number, from: URL, to: URL): Hop {
  const toGet = status === 303 || ((status === 301 || status === 302) && hop.method === "POST");
  const headers = { ...hop.headers };
  if (toGet) delete headers["content-type"];
  if (from.origin !== to.origin) for (const name of ORIGIN_BOUND_HEADERS) delete headers[name];
  return toGet ? { method: hop.method === "HEAD" ? "HEAD" : "GET", headers, body: undefined } : { ...hop, headers };
}

function toHeaders(raw: IncomingMessage["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

function networkError(error: unknown, target: URL): SafeFetchError {
  if (error instanceof SafeFetchError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new SafeFetchError("network", `Could not reach ${target.host}: ${detail}.`);
}

/**
 * Fetches a public http(s) address: each hop's host must resolve only to public addresses
 * (see {@link classifyAddress}) and is connected to at exactly those; at most `maxRedirects`
 * redirects, each re-checked; one deadline for the whole exchange; the body cut at
 * `maxResponseBytes`. Throws a {@link SafeFetchError} whose message says what was refused or failed.
 */
export async function safeFetch(
  url: string | URL,
  init: SafeFetchInit = {},
  limits: SafeFetchLimits = {},
): Promise<SafeResponse> {
  const settings: Settings = {
    ...limits,
    timeoutMs: limits.timeoutMs ?? SAFE_FETCH_DEFAULTS.timeoutMs,
    maxResponseBytes: limits.maxResponseBytes ?? SAFE_FETCH_DEFAULTS.maxResponseBytes,
    maxRequestBytes: limits.maxRequestBytes ?? SAFE_FETCH_DEFAULTS.maxRequestBytes,
    maxRedirects: limits.maxRedirects ?? SAFE_FETCH_DEFAULTS.maxRedirects,
  };
  const body = init.body === undefined ? undefined : Buffer.from(init.body);
  if (body && body.length > settings.maxRequestBytes)
    throw new SafeFetchError(
      "request_too_large",
      `The request body is ${body.length} bytes; at most ${settings.maxRequestBytes} are allowed.`,
    );
  let hop: Hop = { method: init.method ?? "GET", headers: requestHeaders(init.headers), body };
  let target = parseTarget(url);

  const deadline = AbortSignal.timeout(settings.timeoutMs);
  const signal = init.signal ? AbortSignal.any([deadline, init.signal]) : deadline;
  const stopped = () => {
    if (init.signal?.aborted) return new SafeFetchError("aborted", "The request was cancelled.");
    if (deadline.aborted)
      return new SafeFetchError(
        "timeout",
        `No complete answer from ${target.host} within ${settings.timeoutMs / 1000} s; the request was stopped.`,
      );
    return null;
  };

  try {
    for (let redirects = 0; ; redirects++) {
      const addresses = await checkedAddresses(target, settings, signal);
      const response = await send(target, addresses, hop, signal);
      const location = response.headers.location;
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (redirects >= settings.maxRedirects)
          throw new SafeFetchError("too_many_redirects", `Too many redirects: stopped after ${settings.maxRedirects}.`);
        const next = parseTarget(location, target);
        hop = redirected(hop, status, target, next);
        target = next;
        continue;
      }
      const { body: responseBody, truncated } = await readBody(response, settings.maxResponseBytes);
      return {
        url: target.toString(),
        status,
        statusText: response.statusMessage ?? "",
        headers: toHeaders(response.headers),
        body: responseBody,
        truncated,
        redirects,
      };
    }
  } catch (error) {
    throw stopped() ?? networkError(error, target);
  }
}
