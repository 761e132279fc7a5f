import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Who a unit of database work runs for. Set once per transaction by `withDb` and read by
 * two walls: the Prisma extension (adds the tenant to every query) and PostgreSQL's
 * row-level security (through `set_config(..., true)` on the same transaction).
 */
export type DbContext = {
  /** The agency every tenant query is confined to. */
  organizationId?: string;
  /** The signed-in person: lets them see their own memberships across agencies. */
  userId?: string;
  /** Sign-in and sign-up look a user up by email before anyone is signed in. */
  loginEmail?: string;
  /** Accepting an invitation finds it by the SHA-256 of the emailed token. */
  invitationTokenHash?: string;
  /** A webhook call finds its workflow (and so its agency) by id; its secret is checked in code. */
  webhookWorkflowId?: string;
  /** The workflow worker's sweeper sees every agency's runs to find abandoned ones (raw SQL only). */
  workflowSweeper?: boolean;
  /** Set by the tenant-scope extension when the transaction writes configuration (config-cache.ts). */
  wroteConfig?: boolean;
};

// One instance per process, like the Prisma client on globalThis: Next bundles server code
// into several layers (route handlers, server components), each with its own module copy,
// and the shared client's extension must see the context whichever layer set it.
const globalForContext = globalThis as unknown as { switchboardDbContext?: AsyncLocalStorage<DbContext> };
globalForContext.switchboardDbContext ??= new AsyncLocalStorage<DbContext>();

export const dbContextStorage: AsyncLocalStorage<DbContext> = globalForContext.switchboardDbContext;
