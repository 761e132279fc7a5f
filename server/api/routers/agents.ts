import { z } from "zod";
import { ZAgent, ZAgentStats, ZCreateAgentInput, ZUpdateAgentInput } from "@/lib/schemas/agents";
import { ZId } from "@/lib/schemas/clients";
import {
  addDefaultAgents,
  createAgent,
  deleteAgent,
  getAgent,
  listAgents,
  updateAgent,
} from "../../services/agents/agents";
import { agentStats } from "../../services/agents/agent-stats";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const agentsRouter = createTRPCRouter({
  list: orgProcedure("agent.read")
    .output(z.array(ZAgent))
    .query(({ ctx }) => listAgents(ctx)),
  get: orgProcedure("agent.read")
    .input(z.object({ id: ZId }).strict())
    .output(ZAgent)
    .query(({ ctx, input }) => getAgent(ctx, input.id)),
  create: orgProcedure("agent.manage")
    .input(ZCreateAgentInput)
    .output(ZAgent)
    .mutation(({ ctx, input }) => createAgent(ctx, input)),
  update: orgProcedure("agent.manage")
    .input(ZUpdateAgentInput)
    .output(ZAgent)
    .mutation(({ ctx, input }) => updateAgent(ctx, input)),
  delete: orgProcedure("agent.manage")
    .input(z.object({ id: ZId }).strict())
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteAgent(ctx, input.id)),
  stats: orgProcedure("agent.read")
    .output(z.array(ZAgentStats))
    .query(({ ctx }) => agentStats(ctx)),
  addDefaults: orgProcedure("agent.manage")
    .output(z.object({ added: z.number().int() }))
    .mutation(({ ctx }) => addDefaultAgents(ctx)),
});
