/**
 * Points the app's environment (server/env.ts) at the bench database and gives it the secrets
 * it needs. Imported first by the entry point, before any server module reads `env()`. The
 * child processes (the webhook server, `scripts/worker.ts`) inherit it. The pool size and the
 * worker's concurrency are left to the caller (defaults 10 and 10).
 */
import { randomBytes } from "node:crypto";
import { adminUrl } from "./config";

process.env.DATABASE_URL = adminUrl;
// Derived from DATABASE_URL: the same database as `switchboard_app`, so RLS applies.
delete process.env.APP_DATABASE_URL;
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
(process.env as Record<string, string>).NODE_ENV = "production";
process.env.DEV_MAILBOX = "off";
