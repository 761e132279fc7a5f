import { z } from "zod";

/**
 * The one place that reads `process.env`. Parsed once, at first import; a missing or
 * malformed variable stops the process with a message naming it.
 *
 * The launcher (`scripts/launch.ts`) fills DATABASE_URL, APP_DATABASE_URL and
 * NEXTAUTH_SECRET for the embedded PostgreSQL before Next.js starts, so a person running
 * `npm run demo` sets nothing by hand.
 */
const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgres:// or postgresql://");

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: postgresUrl,
  APP_DATABASE_URL: postgresUrl.optional(),
  APP_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)"),
  NEXTAUTH_URL: z.string().url().optional(),
  APP_URL: z.string().url().optional(),
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), "must start with smtp:// or smtps://")
    .optional(),
  EMAIL_FROM: z.string().min(3).default("Switchboard <no-reply@switchboard.local>"),
  DEV_MAILBOX: z.enum(["auto", "on", "off"]).default("auto"),
  DATA_DIR: z.string().min(1).default(".data"),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  SIGN_UPS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(10),
  ENCRYPTION_KEY: z
    .string()
    .refine(
      (value) => Buffer.from(value, "base64").length === 32,
      "must be 32 random bytes in base64 (try: openssl rand -base64 32)",
    )
    .optional(),
  ASSET_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("true"),
  /** How long a worker's claim on a run holds unless renewed: a dead worker's runs resume after it. */
  WORKFLOW_LEASE_SECONDS: z.coerce.number().min(1).max(600).default(30),
  /** Runs of one agency running at once; more wait in the queue. */
  WORKFLOW_CONCURRENCY_PER_AGENCY: z.coerce.number().int().min(1).max(1000).default(10),
  /** Jobs one worker process takes at once. */
  WORKFLOW_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Addresses workflow HTTP steps may call although they are private (comma-separated IPs, e.g.
   * an internal CRM at 10.0.4.2). Empty by default: only public addresses are reachable.
   */
  WORKFLOW_HTTP_ALLOW_PRIVATE: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  /** "off": the web server runs no workflow worker of its own (run `npm run worker` instead). */
  WORKFLOW_WORKER: z.enum(["in-process", "off"]).default("in-process"),
  /**
   * "off": memberships and agent settings are read from the database on every request instead of
   * from the in-process cache that NOTIFY keeps fresh (server/db/config-cache.ts).
   */
  CONFIG_CACHE: z.enum(["on", "off"]).default("on"),
});

/** S3 is all or nothing: a bucket without its endpoint or keys is a mistake, not a fallback. */
const S3_REQUIRED = ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

export type Env = z.infer<typeof schema> & {
  /** Connection string of the non-superuser role the app runs queries as. */
  appDatabaseUrl: string;
  /** Base URL used in links inside emails. */
  appUrl: string;
  /**
   * The dev mailbox shows every captured email (invitation links included) to anyone who
   * can reach it: never with SMTP configured, and in production only when asked for.
   */
  devMailboxEnabled: boolean;
};

function emptyToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]));
}

/** The role the migrations create for the app: no superuser, no BYPASSRLS, no ownership. */
export const APP_DATABASE_ROLE = "switchboard_app";

/** Derive the app-role URL from the admin URL: same server and database, other user. */
export function deriveAppDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.username = APP_DATABASE_ROLE;
  url.password = "";
  return url.toString();
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(emptyToUndefined(source));
  if (!result.success) {
    const values = emptyToUndefined(source);
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join(".") || "(root)";
      return `  - ${name}: ${values[name] === undefined ? "is required but not set" : issue.message}`;
    });
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  const parsed = result.data;
  if (parsed.S3_BUCKET) {
    const missing = S3_REQUIRED.filter((name) => !parsed[name]);
    if (missing.length) {
      throw new Error(
        `Invalid environment configuration:\n${missing.map((name) => `  - ${name}: is required when S3_BUCKET is set`).join("\n")}\nSee .env.example for every variable.`,
      );
    }
  }
  const appUrl = parsed.APP_URL ?? parsed.NEXTAUTH_URL ?? "http://localhost:3000";
  return {
    ...parsed,
    appDatabaseUrl: parsed.APP_DATABASE_URL ?? deriveAppDatabaseUrl(parsed.DATABASE_URL),
    appUrl,
    devMailboxEnabled:
      !parsed.SMTP_URL &&
      (parsed.DEV_MAILBOX === "on" || (parsed.DEV_MAILBOX === "auto" && parsed.NODE_ENV !== "production")),
  };
}

let cached: Env | undefined;

/** The validated environment. Throws (naming the variable) on first use if it is invalid. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
