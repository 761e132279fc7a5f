import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { queueEmail } from "../../email/outbox";
import { withTenant } from "./tenant";
import type { AgentTool } from "./types";

const ZEmailSendInput = z
  .object({
    to: z.email("That is not a valid email address.").max(254).describe("One recipient's email address."),
    subject: z
      .string()
      .trim()
      .min(1, "A subject is required.")
      .max(200)
      // A line break in a subject is a header-injection attempt, never a real subject.
      .regex(/^[^\r\n]*$/, "The subject must be one line."),
    body: z.string().trim().min(1, "A body is required.").max(20_000).describe("The plain-text message."),
  })
  .strict();

export const emailSend = {
  name: "email.send",
  description:
    "Send a plain-text email from the agency to one recipient. It is queued in the outbox (delivered when " +
    "email is configured) and recorded in the audit log. Only send what the user asked for.",
  inputSchema: ZEmailSendInput,
  async execute(ctx, input) {
    return withTenant(ctx, async (service) => {
      const emailId = await queueEmail(service.db, { to: input.to, subject: input.subject, text: input.body });
      await recordAudit(service.db, ctx.organizationId, ctx.actor, {
        action: "email.send",
        targetType: "email",
        targetId: emailId,
        after: { to: input.to, subject: input.subject, agentId: ctx.agentId },
      });
      return { emailId, to: input.to, subject: input.subject, queued: true };
    });
  },
} satisfies AgentTool<z.infer<typeof ZEmailSendInput>>;
