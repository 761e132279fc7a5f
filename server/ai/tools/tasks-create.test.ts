import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminSql,
  appError,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  unique,
  type TestAgency,
} from "@/test/factories";
import { tasksCreate } from "./tasks-create";
import type { ToolContext } from "./types";

afterAll(closeConnections);

let agency: TestAgency;
let ctx: ToolContext;

beforeAll(async () => {
  agency = await createAgency();
  const agentId = `agent_${unique()}`;
  await adminSql(
    `INSERT INTO agents (id, organization_id, name, template, system_prompt, updated_at)
     VALUES ($1, $2, 'Planner', 'custom', 'Plan.', now())`,
    [agentId, agency.organizationId],
  );
  ctx = { organizationId: agency.organizationId, actor: ownerAccess(agency).actor, agentId };
});

describe("tasks.create", () => {
  it("creates a pending task recorded as made by the agent, audited for the person", async () => {
    const client = await ownerCaller(agency).clients.create({ name: "Task tool client" });
    const input = tasksCreate.inputSchema.parse({
      title: "Draft the March newsletter",
      priority: "high",
      dueDate: "2026-03-01",
      clientId: client.id,
    });
    const result = await tasksCreate.execute(ctx, input);
    expect(result).toEqual({
      id: expect.any(String),
      title: "Draft the March newsletter",
      priority: "high",
      status: "pending",
      dueDate: "2026-03-01",
      client: "Task tool client",
      campaign: null,
    });
    const [row] = await adminSql<{ created_by_type: string; created_by_id: string; organization_id: string }>(
      "SELECT created_by_type, created_by_id, organization_id FROM tasks WHERE id = $1",
      [result.id],
    );
    expect(row).toEqual({
      created_by_type: "agent",
      created_by_id: ctx.agentId,
      organization_id: agency.organizationId,
    });
    const events = await adminSql<{ action: string; actor_id: string }>(
      "SELECT action, actor_id FROM audit_events WHERE target_id = $1",
      [result.id],
    );
    expect(events).toEqual([{ action: "task.create", actor_id: agency.owner.id }]);
  });

  it("refuses a client of another agency, and takes no status or assignee", async () => {
    const other = await createAgency();
    const foreign = await ownerCaller(other).clients.create({ name: "Not yours" });
    const error = await appError(
      tasksCreate.execute(ctx, tasksCreate.inputSchema.parse({ title: "x", clientId: foreign.id })),
    );
    expect(error.message).toBe("That client was not found in this agency.");
    expect(tasksCreate.inputSchema.safeParse({ title: "x", status: "completed" }).success).toBe(false);
    expect(tasksCreate.inputSchema.safeParse({ title: "x", assigneeId: agency.owner.id }).success).toBe(false);
  });
});
