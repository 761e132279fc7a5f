import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "../env";
import { AppError } from "../errors";

const VERSION = "v1";

function key(): Buffer {
  const encoded = env().ENCRYPTION_KEY;
  if (!encoded) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "Provider keys cannot be stored: the server has no ENCRYPTION_KEY. Set it to 32 random bytes in base64 (openssl rand -base64 32) and restart.",
    );
  }
  return Buffer.from(encoded, "base64");
}

/**
 * Seals a secret with AES-256-GCM under ENCRYPTION_KEY. `context` (e.g. the agency and
 * purpose) is bound in as associated data: a sealed value copied to another agency's row
 * will not open there. Output: `v1.<iv>.<tag>.<ciphertext>`, base64url.
 */
export function seal(plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Opens what `seal` made with the same context; throws if it was changed or moved. */
export function open(sealed: string, context: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("Not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** What people see of a key: its prefix and last four characters (`sk-…abcd`), never more. */
export function keyHint(secret: string): string {
  const trimmed = secret.trim();
  if (trimmed.length < 12) return "••••";
  const prefix = trimmed.match(/^[a-z]{2,4}-/i)?.[0] ?? "";
  return `${prefix}…${trimmed.slice(-4)}`;
}
