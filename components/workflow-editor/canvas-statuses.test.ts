import { describe, expect, it } from "vitest";
import { canvasStatuses } from "./canvas-statuses";

const step = (
  nodeId: string,
  status: "running" | "succeeded" | "failed" | "waiting" | "skipped",
  attempt = 1,
  iteration = "",
) => ({
  nodeId,
  iteration,
  attempt,
  status,
});

describe("canvasStatuses", () => {
  it("shows each step's latest attempt, and queued for steps a live run has not reached", () => {
    const statuses = canvasStatuses(
      ["start", "fetch", "write"],
      [step("start", "succeeded"), step("fetch", "failed", 1), step("fetch", "running", 2)],
      true,
    );
    expect(Object.fromEntries(statuses)).toEqual({ start: "succeeded", fetch: "running", write: "queued" });
  });

  it("shows nothing on steps a finished run never reached", () => {
    const statuses = canvasStatuses(
      ["start", "big", "small"],
      [step("start", "succeeded"), step("big", "succeeded")],
      false,
    );
    expect(Object.fromEntries(statuses)).toEqual({ start: "succeeded", big: "succeeded" });
  });

  it("shows the most pressing status of a step that ran once per loop item", () => {
    const steps = [
      step("each", "succeeded", 1, "0"),
      step("each", "failed", 1, "1"),
      step("each", "succeeded", 1, "2"),
    ];
    expect(canvasStatuses(["each"], steps, false).get("each")).toBe("failed");
    expect(canvasStatuses(["each"], [...steps, step("each", "waiting", 1, "3")], true).get("each")).toBe("waiting");
  });
});
