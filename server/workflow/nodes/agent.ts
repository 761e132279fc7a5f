import type { NodeConfig } from "@/lib/workflow/node-types";
import { AppError } from "../../errors";
import { agentById, runAgentTask } from "../../services/agents/run-task";
import type { NodeExecutor } from "./types";
import { asText } from "./values";

/**
 * Hands the filled-in prompt to one of the agency's agents and waits for its answer, streaming
 * it to live viewers. The agent's run is recorded (tokens, cost, tool calls) and audited with
 * the workflow run and step it came from. A failed or stopped run fails the step, so the node's
 * retry and on-error settings apply.
 */
export const agentExecutor: NodeExecutor<NodeConfig<"agent">> = async (ctx, config) => {
  const prompt = asText(await ctx.template(config.prompt)).trim();
  if (!prompt) throw new AppError("BAD_REQUEST", "The prompt is empty once filled in, so there is nothing to ask.");
  const result = await runAgentTask(
    { organizationId: ctx.organizationId, actor: ctx.actor },
    agentById(config.agentId),
    prompt,
    {
      depth: 0,
      signal: ctx.signal,
      onToken: ctx.emitToken,
      audit: { workflowRunId: ctx.runId, nodeId: ctx.nodeId },
    },
  );
  if (result.status !== "succeeded") {
    throw new AppError("BAD_REQUEST", `${result.agent} did not finish: ${result.error ?? "the run failed."}`);
  }
  return {
    kind: "done",
    output: { answer: result.answer, agent: result.agent, agentRunId: result.runId, toolsUsed: result.toolsUsed },
    usage: result.usage,
  };
};
