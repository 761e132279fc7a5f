import { describe, expect, it } from "vitest";
import { edge, graph, node, start } from "./fixtures";
import { MAX_CONFIG_CHARS, MAX_NODES, ZWorkflowGraph } from "./graph";

const issues = (input: unknown) => {
  const parsed = ZWorkflowGraph.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

describe("ZWorkflowGraph", () => {
  it("accepts a small graph and drops the editor's own keys from nodes and edges", () => {
    const input = graph(
      [{ ...start(), selected: true } as never, node("a", "transform", { expression: "1" })],
      [{ ...edge("start", "a"), animated: true } as never],
    );
    const parsed = ZWorkflowGraph.parse(input);
    expect(parsed.nodes[0]).not.toHaveProperty("selected");
    expect(parsed.edges[0]).not.toHaveProperty("animated");
    expect(parsed.nodes[1]?.config).toEqual({ expression: "1" });
  });

  it("refuses node ids that cannot appear in expressions", () => {
    for (const id of ["Fetch", "1st", "has-dash", "a".repeat(41), ""])
      expect(issues(graph([node(id, "transform")]))[0]?.path).toBe("nodes.0.id");
    expect(issues(graph([node("fetch_2", "transform")]))).toEqual([]);
  });

  it("refuses duplicate node and edge ids, at the second one", () => {
    const parsed = ZWorkflowGraph.safeParse(
      graph([start(), start()], [edge("start", "start"), edge("start", "start")]),
    );
    expect(parsed.success).toBe(false);
    const found = parsed.error?.issues.map((issue) => [
      issue.path.join("."),
      issue.code === "custom" && issue.params?.code,
    ]);
    expect(found).toEqual([
      ["nodes.1.id", "duplicate_node_id"],
      ["edges.1.id", "duplicate_edge_id"],
    ]);
  });

  it("caps nodes and config size, and configs must be JSON", () => {
    const many = Array.from({ length: MAX_NODES + 1 }, (_, index) => node(`n${index}`, "note"));
    expect(issues(graph(many))[0]?.message).toMatch(/at most 1000 steps/);
    expect(issues(graph([node("big", "note", { text: "x".repeat(MAX_CONFIG_CHARS) })]))[0]).toMatchObject({
      path: "nodes.0.config",
      message: expect.stringMatching(/too large/),
    });
    expect(issues(graph([node("odd", "note", { n: 1n })]))[0]?.message).toMatch(/plain JSON/);
  });

  it("checks retry, timeout and error settings", () => {
    const withSettings = (extra: Parameters<typeof node>[3]) => issues(graph([node("a", "transform", {}, extra)]));
    expect(withSettings({ retry: { attempts: 3, backoffMs: 500, maxBackoffMs: 10_000 } })).toEqual([]);
    expect(withSettings({ retry: { attempts: 0, backoffMs: 0, maxBackoffMs: 0 } })[0]?.path).toBe(
      "nodes.0.retry.attempts",
    );
    expect(withSettings({ retry: { attempts: 11, backoffMs: 0, maxBackoffMs: 0 } })[0]?.path).toBe(
      "nodes.0.retry.attempts",
    );
    expect(withSettings({ retry: { attempts: 2, backoffMs: 5_000, maxBackoffMs: 1_000 } })).toEqual([
      { path: "nodes.0.retry.maxBackoffMs", message: "The longest wait must be at least the first wait." },
    ]);
    expect(withSettings({ timeoutMs: 10 })[0]?.message).toMatch(/at least 1 second/);
    expect(withSettings({ onError: { mode: "explode" as never } })[0]?.path).toBe("nodes.0.onError.mode");
  });

  it("refuses other versions and bad variable names", () => {
    expect(issues({ ...graph([]), version: 2 })[0]?.message).toMatch(/not a version 1 workflow/);
    expect(issues(graph([], [], { ok_name: 1 }))).toEqual([]);
    expect(issues(graph([], [], { "bad name": 1 }))[0]?.path).toBe("variables.bad name");
  });
});
