import { ACTIVE_ORG_COOKIE } from "@/server/api/context";
import { requestBody } from "./app-path";
import type { BenchAgency } from "./fixture";
import type { Marks } from "./marks";
import { readUiMessageStream } from "./ui-stream";

/**
 * Signs the agency's owner in through next-auth's credentials callback, as the sign-in form does,
 * and returns the Cookie header a browser would then send: the session and the active agency.
 */
export async function signIn(baseUrl: string, agency: BenchAgency, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: agency.owner.email, password, json: "true" }),
  });
  await response.arrayBuffer();
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`signing in to ${baseUrl} gave no session cookie (status ${response.status})`);
  return `${session}; ${ACTIVE_ORG_COOKIE}=${agency.organizationId}`;
}

/** `POST /api/agents/<id>/chat` over HTTP, as `useChat` sends it; the body is read as the browser would. */
export async function httpStream(
  baseUrl: string,
  cookie: string,
  agency: BenchAgency,
  n: number,
  marks: Marks,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/agents/${agency.agentId}/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: baseUrl },
    body: requestBody(n),
  });
  if (!response.ok || !response.body) throw new Error(`the chat route answered ${response.status}`);
  const { text, error } = await readUiMessageStream(response.body, marks);
  if (error) throw new Error(`the chat stream carried an error: ${error}`);
  return text;
}
