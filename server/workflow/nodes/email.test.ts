import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeConfig } from "@/lib/workflow/node-types";
import { adminSql, appError, closeConnections, createAgency, ownerAccess, type TestAgency } from "@/test/factories";
import { emailExecutor } from "./email";
import { testNodeContext } from "./side-effect-test-context";

let agency: TestAgency;
let counter = 0;

const stepContext = (input: unknown = {}, idempotencyKey = `run_email_${Date.now()}_${(counter += 1)}:send:`) => {
  const access = ownerAccess(agency);
  return testNodeContext({
    organizationId: access.organizationId,
    actor: access.actor,
    runId: "wfrun_email",
    workflowId: "wf_email",
    nodeId: "send",
    idempotencyKey,
    scope: { input },
  });
};

const config = (overrides: Partial<NodeConfig<"email">> = {}): NodeConfig<"email"> => ({
  to: "{{ input.email }}",
  subject: "Your report for {{ input.client }}",
  body: "Hi {{ input.name }},\n\nThe report is attached.",
  ...overrides,
});

const outbox = (subject: string) =>
  adminSql<{ id: string; to: string; subject: string; text: string; status: string }>(
    'SELECT id, "to", subject, text, status FROM outbox_emails WHERE subject = $1 ORDER BY created_at',
    [subject],
  );

const unique = () => Math.random().toString(36).slice(2, 10);

beforeAll(async () => {
  agency = await createAgency();
});

afterAll(closeConnections);

describe("send email step", () => {
  it("queues the filled-in email in the outbox and audits it with the step", async () => {
    const client = `Bluebird ${unique()}`;
    const ctx = stepContext({ email: "ana@example.com", client, name: "Ana" });
    const result = await emailExecutor(ctx, config());
    const subject = `Your report for ${client}`;
    const rows = await outbox(subject);
    expect(rows).toEqual([
      {
        id: expect.any(String) as string,
        to: "ana@example.com",
        subject,
        text: "Hi Ana,\n\nThe report is attached.",
        // No SMTP in tests: kept for the dev mailbox.
        status: "captured",
      },
    ]);
    expect(result).toEqual({
      kind: "done",
      output: { emailId: rows[0]?.id, to: ["ana@example.com"], subject, queued: true },
    });
    const audit = await adminSql<{ organization_id: string; after: Record<string, unknown> }>(
      "SELECT organization_id, after FROM audit_events WHERE action = 'email.send' AND target_id = $1",
      [rows[0]?.id],
    );
    expect(audit).toEqual([
      {
        organization_id: agency.organizationId,
        after: {
          to: ["ana@example.com"],
          subject,
          workflowId: "wf_email",
          workflowRunId: "wfrun_email",
          nodeId: "send",
          idempotencyKey: ctx.idempotencyKey,
        },
      },
    ]);
  });

  it("queues once per idempotency key: a repeated attempt passes on the first one's result", async () => {
    const client = `Repeat ${unique()}`;
    const input = { email: "ana@example.com", client, name: "Ana" };
    const key = `run_${unique()}:send:`;
    const first = await emailExecutor(stepContext(input, key), config());
    const again = await emailExecutor(stepContext(input, key), config());
    expect(again).toEqual(first);
    expect(await outbox(`Your report for ${client}`)).toHaveLength(1);

    const otherStep = await emailExecutor(stepContext(input, `run_${unique()}:send:`), config());
    expect(otherStep).not.toEqual(first);
    expect(await outbox(`Your report for ${client}`)).toHaveLength(2);
  });

  it("queues once when attempts with the same key run at the same time", async () => {
    const client = `Race ${unique()}`;
    const key = `run_${unique()}:send:`;
    const input = { email: "ana@example.com", client, name: "Ana" };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => emailExecutor(stepContext(input, key), config())),
    );
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    expect(await outbox(`Your report for ${client}`)).toHaveLength(1);
  });

  it("sends to several recipients, each checked, duplicates dropped", async () => {
    const client = `Team ${unique()}`;
    const ctx = stepContext({ client, name: "all", team: ["ana@example.com", "Ben@example.com"] });
    const result = await emailExecutor(ctx, config({ to: "ana@example.com, ben@example.com; {{ input.team[1] }}" }));
    expect(result).toMatchObject({ output: { to: ["ana@example.com", "ben@example.com"] } });
    expect((await outbox(`Your report for ${client}`))[0]?.to).toBe("ana@example.com, ben@example.com");
  });

  it("refuses a bad address, no recipient, a subject that is not one line, and an empty email, queueing nothing", async () => {
    const client = `Refused ${unique()}`;
    const input = { email: "ana@example.com", client, name: "Ana", broken: "Hello\nBcc: everyone@example.com" };
    const cases: [Partial<NodeConfig<"email">>, string][] = [
      [{ to: "ana@example.com, not-an-address" }, '"not-an-address" is not an email address.'],
      [{ to: "{{ input.nobody }}" }, "There is no one to send to once the recipients are filled in."],
      [{ subject: "{{ input.broken }}" }, "The subject must be one line once filled in."],
      [{ body: "{{ input.nothing }}" }, "The email is empty once filled in."],
    ];
    for (const [overrides, message] of cases) {
      const error = await appError(emailExecutor(stepContext(input), config(overrides)));
      expect(error.message).toBe(message);
    }
    expect(await outbox(`Your report for ${client}`)).toHaveLength(0);
  });
});
