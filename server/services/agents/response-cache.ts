import { createHash } from "node:crypto";
import type { ModelMessage, UIMessage } from "ai";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";

/**
 * The exact-match response cache: an agent that opts in (a cache lifetime) answers a request it
 * has answered before — same model and settings, same system prompt, same conversation so far,
 * same message — from the saved answer, without calling the model. Only plain-text answers are
 * kept: an answer that called tools did things (made tasks, sent email) that a replay would not.
 */

export type CacheKeyInput = {
  providerId: string | null;
  modelId: string;
  temperature: number;
  system: string;
  tools: readonly string[];
  messages: readonly ModelMessage[];
};

export function cacheKey(input: CacheKeyInput): string {
  const canonical = JSON.stringify([
    input.providerId,
    input.modelId,
    input.temperature,
    input.system,
    [...input.tools].sort(),
    input.messages,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** The answer's text when it is plain text only (nothing but text and step markers), else null. */
export function cacheableText(parts: UIMessage["parts"]): string | null {
  let text = "";
  for (const part of parts) {
    if (part.type === "text") text += part.text;
    else if (part.type !== "step-start") return null;
  }
  return text.trim() ? text : null;
}

export type CachedAnswer = { text: string; inputTokens: number; outputTokens: number };

export async function readCachedAnswer(db: Db, agentId: string, key: string): Promise<CachedAnswer | null> {
  const row = await db.cachedResponse.findFirst({
    where: { agentId, key, expiresAt: { gt: new Date() } },
    select: { parts: true, inputTokens: true, outputTokens: true },
  });
  if (!row || !Array.isArray(row.parts)) return null;
  const text = cacheableText(row.parts as UIMessage["parts"]);
  return text === null ? null : { text, inputTokens: row.inputTokens, outputTokens: row.outputTokens };
}

type CacheWrite = {
  organizationId: string;
  agentId: string;
  key: string;
  text: string;
  inputTokens: number;
  outputTokens: number;
  ttlSeconds: number;
};

/** Keeps an answer for `ttlSeconds`, replacing an older one for the same key; drops the agent's expired answers. */
export async function writeCachedAnswer(db: Db, entry: CacheWrite) {
  const expiresAt = new Date(Date.now() + entry.ttlSeconds * 1000);
  const parts = [{ type: "text", text: entry.text }] as Prisma.InputJsonValue;
  await db.cachedResponse.deleteMany({ where: { agentId: entry.agentId, expiresAt: { lte: new Date() } } });
  await db.cachedResponse.upsert({
    where: {
      organizationId_agentId_key: { organizationId: entry.organizationId, agentId: entry.agentId, key: entry.key },
    },
    create: {
      organizationId: entry.organizationId,
      agentId: entry.agentId,
      key: entry.key,
      parts,
      inputTokens: entry.inputTokens,
      outputTokens: entry.outputTokens,
      expiresAt,
    },
    update: {
      parts,
      inputTokens: entry.inputTokens,
      outputTokens: entry.outputTokens,
      expiresAt,
      createdAt: new Date(),
    },
    select: { id: true },
  });
}
