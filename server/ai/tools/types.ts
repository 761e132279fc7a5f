import type { z } from "zod";
import type { AgentToolName } from "@/lib/agents/tools";
import type { AuditActor } from "../../audit/record";

/** Who a tool runs for: the agency it is confined to, the person audited, and the agent acting. */
export type ToolContext = {
  organizationId: string;
  actor: AuditActor;
  /** The agent making the call; null for an unsaved agent (a playground run). */
  agentId: string | null;
  /** The run the call belongs to (a delegated run points back at it); null outside a recorded run. */
  runId?: string | null;
  /** Settles once the run's row is written (a chat writes it while the model already runs). */
  runRecorded?: Promise<unknown>;
  /** How many hand-offs deep the run is: 0 for a person's message (see agents.delegate). */
  depth?: number;
  /** Stops the run's work: a delegated run stops with the run that started it. */
  abortSignal?: AbortSignal;
};

export type ToolCallOptions = { abortSignal?: AbortSignal };

/**
 * One tool an agent can call. `description` and `inputSchema` are what the model sees;
 * `execute` gets input already validated against `inputSchema` and returns plain JSON data.
 * It throws an `AppError` with a message the model (and the person reading along) can act on.
 */
export type AgentTool<I> = {
  name: AgentToolName;
  description: string;
  inputSchema: z.ZodType<I>;
  execute(ctx: ToolContext, input: I, options: ToolCallOptions): Promise<unknown>;
};
