import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edge, graph, node } from "@/lib/workflow/fixtures";
import { adminSql, closeConnections, createAgency, ownerCaller, type Caller } from "@/test/factories";
import { closeQueue } from "./queue";
import { fireTimes, startDueSchedules } from "./scheduler";

let caller: Caller;

beforeAll(async () => {
  caller = ownerCaller(await createAgency());
});

afterAll(async () => {
  await closeQueue();
  await closeConnections();
});

describe("schedules", () => {
  it("lists a pattern's fire times in a window, in the schedule's time zone", () => {
    expect(fireTimes("* * * * *", "UTC", new Date("2026-01-05T12:00:30Z"), new Date("2026-01-05T12:03:00Z"))).toEqual([
      new Date("2026-01-05T12:01:00Z"),
      new Date("2026-01-05T12:02:00Z"),
      new Date("2026-01-05T12:03:00Z"),
    ]);
    // 9:00 on weekdays in Berlin is 08:00 UTC in winter; Saturday and Sunday have none.
    expect(
      fireTimes("0 9 * * 1-5", "Europe/Berlin", new Date("2026-01-09T00:00:00Z"), new Date("2026-01-12T23:00:00Z")),
    ).toEqual([new Date("2026-01-09T08:00:00Z"), new Date("2026-01-12T08:00:00Z")]);
  });

  it("starts one run per fire time of a published schedule, however many workers tick", async () => {
    const workflow = await caller.workflows.create({
      name: `Scheduled ${Date.now()}`,
      graph: graph(
        [
          node("tick", "trigger.schedule", { cron: "* * * * *", timezone: "UTC" }),
          node("result", "output", { value: "{{ input.firedAt }}" }),
        ],
        [edge("tick", "result")],
      ),
    });
    const runsOf = () =>
      adminSql<{ trigger: string; idempotency_key: string }>(
        "SELECT trigger, idempotency_key FROM workflow_runs WHERE workflow_id = $1 ORDER BY idempotency_key",
        [workflow.id],
      );
    const now = new Date();
    // Not published yet: nothing runs.
    await startDueSchedules(now, 3 * 60_000);
    expect(await runsOf()).toEqual([]);

    await caller.workflows.publish({ id: workflow.id, baseRevision: workflow.draftRevision });
    await Promise.all([startDueSchedules(now, 3 * 60_000), startDueSchedules(now, 3 * 60_000)]);
    const runs = await runsOf();
    expect(runs).toHaveLength(3);
    expect(runs.every((run) => run.trigger === "schedule" && run.idempotency_key.startsWith("schedule:"))).toBe(true);

    // Archived: its schedule stops.
    await caller.workflows.archive({ id: workflow.id });
    await startDueSchedules(new Date(now.getTime() + 5 * 60_000), 3 * 60_000);
    expect(await runsOf()).toHaveLength(3);
  });
});
