import { accountsRouter } from "./routers/accounts";
import { auditRouter } from "./routers/audit";
import { clientsRouter } from "./routers/clients";
import { membersRouter } from "./routers/members";
import { organizationsRouter } from "./routers/organizations";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  accounts: accountsRouter,
  organizations: organizationsRouter,
  members: membersRouter,
  clients: clientsRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller (tests, server components). */
export const createCaller = createCallerFactory(appRouter);
