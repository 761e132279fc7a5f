import { describe, expect, it } from "vitest";
import { NODE_ID_PATTERN } from "@/lib/workflow/graph";
import { NODE_TYPE_NAMES } from "@/lib/workflow/node-types";
import { nodeIdBase, uniqueEdgeId, uniqueNodeId } from "./node-ids";

describe("nodeIdBase", () => {
  it("names every trigger `trigger` and other steps after their type", () => {
    expect(nodeIdBase("trigger.schedule")).toBe("trigger");
    expect(nodeIdBase("set_variable")).toBe("set_variable");
    expect(nodeIdBase("llm")).toBe("llm");
  });

  it("gives a valid step id for every node type", () => {
    for (const type of NODE_TYPE_NAMES) expect(nodeIdBase(type)).toMatch(NODE_ID_PATTERN);
  });

  it("turns anything else into a slug", () => {
    expect(nodeIdBase("9 Weird Type!")).toBe("weird_type");
    expect(nodeIdBase("???")).toBe("step");
  });
});

describe("uniqueNodeId", () => {
  it("uses the base when it is free", () => {
    expect(uniqueNodeId("agent", new Set(["llm"]))).toBe("agent");
  });

  it("counts up past the ids taken", () => {
    expect(uniqueNodeId("agent", new Set(["agent", "agent_2"]))).toBe("agent_3");
  });

  it("counts on from a copied id rather than stacking suffixes", () => {
    expect(uniqueNodeId("llm_2", new Set(["llm", "llm_2"]))).toBe("llm_3");
  });

  it("stays within 40 characters", () => {
    const long = "a".repeat(40);
    const id = uniqueNodeId(long, new Set([long]));
    expect(id).toHaveLength(40);
    expect(id).toMatch(NODE_ID_PATTERN);
    expect(id.endsWith("_2")).toBe(true);
  });
});

describe("uniqueEdgeId", () => {
  it("names plain connections by their ends", () => {
    expect(uniqueEdgeId({ source: "a", sourceHandle: "out", target: "b", targetHandle: "in" }, new Set())).toBe("a-b");
  });

  it("names the handles when they are not the plain ones, and avoids ids taken", () => {
    const edge = { source: "check", sourceHandle: "true", target: "loop", targetHandle: "continue" };
    expect(uniqueEdgeId(edge, new Set())).toBe("check.true-loop.continue");
    expect(uniqueEdgeId(edge, new Set(["check.true-loop.continue"]))).toBe("check.true-loop.continue-2");
  });
});
