import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_DATABASE_URL = inject("appDatabaseUrl");
process.env.NEXTAUTH_SECRET ||= "test-secret-that-is-at-least-32-characters-long";
process.env.DEV_MAILBOX = "on";
process.env.ENCRYPTION_KEY ||= Buffer.alloc(32, 9).toString("base64");
// Asset files from tests go to a scratch folder, never the developer's .data.
process.env.DATA_DIR ||= `${(await import("node:os")).tmpdir()}/switchboard-vitest`;
