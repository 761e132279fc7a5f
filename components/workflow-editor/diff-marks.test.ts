import { describe, expect, it } from "vitest";
import { diffGraphs } from "@/lib/workflow/diff";
import { edge, graph, start, step } from "@/lib/workflow/fixtures";
import { diffMarks } from "./diff-marks";

describe("diffMarks", () => {
  it("marks steps added or changed since the version, not ones that only moved", () => {
    const before = graph([start(), step("a", "1"), step("b", "2")], [edge("start", "a"), edge("a", "b")]);
    const moved = { ...step("a", "1"), position: { x: 900, y: 900 } };
    const after = graph(
      [start(), moved, step("b", "20"), step("c", "3")],
      [edge("start", "a"), edge("a", "b"), edge("b", "c")],
    );
    expect(Object.fromEntries(diffMarks(diffGraphs(before, after)))).toEqual({ b: "changed", c: "added" });
  });

  it("marks nothing when the draft is the version", () => {
    const same = graph([start(), step("a", "1")], [edge("start", "a")]);
    expect(diffMarks(diffGraphs(same, same)).size).toBe(0);
  });
});
