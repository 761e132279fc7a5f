import { accountsRouter } from "./routers/accounts";
import { auditRouter } from "./routers/audit";
import { campaignsRouter } from "./routers/campaigns";
import { clientsRouter } from "./routers/clients";
import { contactsRouter } from "./routers/contacts";
import { membersRouter } from "./routers/members";
import { metricsRouter } from "./routers/metrics";
import { organizationsRouter } from "./routers/organizations";
import { tasksRouter } from "./routers/tasks";
import { assetsRouter } from "./routers/assets";
import { providersRouter } from "./routers/providers";
import { agentsRouter } from "./routers/agents";
import { conversationsRouter } from "./routers/conversations";
import { customToolsRouter } from "./routers/custom-tools";
import { workflowsRouter } from "./routers/workflows";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  accounts: accountsRouter,
  organizations: organizationsRouter,
  members: membersRouter,
  clients: clientsRouter,
  campaigns: campaignsRouter,
  contacts: contactsRouter,
  metrics: metricsRouter,
  tasks: tasksRouter,
  assets: assetsRouter,
  providers: providersRouter,
  agents: agentsRouter,
  customTools: customToolsRouter,
  workflows: workflowsRouter,
  conversations: conversationsRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller (tests, server components). */
export const createCaller = createCallerFactory(appRouter);
