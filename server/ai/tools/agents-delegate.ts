import { z } from "zod";
import { AppError } from "../../errors";
import type { AgentTool } from "./types";

/** Hand-offs one request may chain: a person's agent → another agent → a third, and no further. */
export const MAX_DELEGATION_DEPTH = 2;

const ZAgentsDelegateInput = z
  .object({
    agent: z.string().trim().min(1).max(120).describe("The name of the agent to hand the task to, e.g. Analytics."),
    task: z
      .string()
      .trim()
      .min(1, "Say what the agent should do.")
      .max(8000)
      .describe("The task, written so the agent can do it without seeing this conversation."),
  })
  .strict();
type TAgentsDelegateInput = z.infer<typeof ZAgentsDelegateInput>;

export const agentsDelegate = {
  name: "agents.delegate",
  description:
    "Hand a task to another of the agency's agents and get its answer back. Name the agent (e.g. " +
    "Creative Intelligence, Analytics, Client Management, Marketing Automation) and write the task in " +
    "full: the agent sees only the task. It uses its own tools; its answer comes back as `answer`.",
  inputSchema: ZAgentsDelegateInput,
  async execute(ctx, input) {
    const depth = ctx.depth ?? 0;
    if (depth >= MAX_DELEGATION_DEPTH) {
      throw new AppError(
        "BAD_REQUEST",
        `Delegation goes at most ${MAX_DELEGATION_DEPTH} hand-offs deep and this run is already ${depth} deep; do this part yourself.`,
      );
    }
    // Loaded on use: running an agent needs the tool registry, which lists this tool, so a static
    // import would make the registry and this file depend on each other at load time.
    const { runDelegatedTask } = await import("../../services/agents/delegate");
    return runDelegatedTask(ctx, input.agent, input.task);
  },
} satisfies AgentTool<TAgentsDelegateInput>;
