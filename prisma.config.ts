import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `prisma generate` here: migrations are applied by
// `npm run db:migrate` (server/db/migrations.ts, on the WebAssembly schema engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
