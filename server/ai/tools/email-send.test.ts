import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, closeConnections, createAgency, ownerAccess, uniqueEmail, type TestAgency } from "@/test/factories";
import { emailSend } from "./email-send";
import type { ToolContext } from "./types";

afterAll(closeConnections);

let agency: TestAgency;
let ctx: ToolContext;

beforeAll(async () => {
  agency = await createAgency();
  ctx = { organizationId: agency.organizationId, actor: ownerAccess(agency).actor, agentId: "agent_mailer" };
});

describe("email.send", () => {
  it("puts the message in the outbox and audits who sent it", async () => {
    const to = uniqueEmail("ana");
    const input = emailSend.inputSchema.parse({ to, subject: "Launch recap", body: "The launch went well." });
    const result = await emailSend.execute(ctx, input);
    expect(result).toEqual({ emailId: expect.any(String), to, subject: "Launch recap", queued: true });
    const outbox = await adminSql<{ to: string; subject: string; text: string; status: string }>(
      `SELECT "to", subject, text, status FROM outbox_emails WHERE id = $1`,
      [result.emailId],
    );
    // "captured" without SMTP (the test setup), "queued" with it.
    expect(outbox).toEqual([
      {
        to,
        subject: "Launch recap",
        text: "The launch went well.",
        status: expect.stringMatching(/^(captured|queued)$/),
      },
    ]);
    const events = await adminSql<{ action: string; actor_id: string; after: Record<string, unknown> }>(
      "SELECT action, actor_id, after FROM audit_events WHERE organization_id = $1 AND target_id = $2",
      [agency.organizationId, result.emailId],
    );
    expect(events).toEqual([
      {
        action: "email.send",
        actor_id: agency.owner.id,
        after: { to, subject: "Launch recap", agentId: "agent_mailer" },
      },
    ]);
  });

  it("refuses a bad address, an empty body and a subject with a line break", () => {
    const parse = (input: Record<string, string>) =>
      emailSend.inputSchema.safeParse({ to: "ana@example.com", subject: "Hi", body: "Hello", ...input });
    expect(parse({}).success).toBe(true);
    expect(parse({ to: "not-an-address" }).error?.issues[0]?.message).toBe("That is not a valid email address.");
    expect(parse({ to: "ana@example.com\nbcc: x@y.z" }).success).toBe(false);
    expect(parse({ body: "  " }).success).toBe(false);
    expect(parse({ subject: "Hi\r\nBcc: everyone@example.com" }).success).toBe(false);
  });
});
