import { describe, expect, it } from "vitest";
import { changedPaths, diffGraphs } from "./diff";
import { edge, graph, node, start, step } from "./fixtures";

describe("changedPaths", () => {
  it("names the deepest paths that differ, arrays by index", () => {
    expect(changedPaths({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3, 4] } })).toEqual(["b.c.1", "b.c.2"]);
    expect(changedPaths({ a: { b: 1 } }, { a: "text" })).toEqual(["a"]);
    expect(changedPaths({ a: 1 }, { a: 1 })).toEqual([]);
    expect(changedPaths("x", "y")).toEqual([""]);
  });
});

describe("diffGraphs", () => {
  const base = graph(
    [start(), step("fetch", "input.url"), node("mail", "email", { to: "a@b.test", subject: "Hi", body: "Yo" })],
    [edge("start", "fetch"), edge("fetch", "mail")],
    { tone: "warm" },
  );

  it("finds nothing between a graph and itself", () => {
    const diff = diffGraphs(base, structuredClone(base));
    expect(diff).toEqual({
      nodes: { added: [], removed: [], changed: [] },
      edges: { added: [], removed: [] },
      variables: { added: [], removed: [], changed: [] },
      behaviourChanged: false,
    });
  });

  it("separates names and positions from config and settings", () => {
    const next = structuredClone(base);
    next.nodes[1] = { ...next.nodes[1]!, name: "Fetch posts", position: { x: 40, y: 0 } };
    const diff = diffGraphs(base, next);
    expect(diff.nodes.changed).toEqual([
      {
        id: "fetch",
        label: "Fetch posts",
        renamed: { before: undefined, after: "Fetch posts" },
        moved: { before: { x: 0, y: 0 }, after: { x: 40, y: 0 } },
        config: [],
        settings: [],
      },
    ]);
    expect(diff.behaviourChanged).toBe(false);

    next.nodes[2] = {
      ...next.nodes[2]!,
      config: { to: "a@b.test", subject: "Hello", body: "Yo" },
      retry: { attempts: 3, backoffMs: 100, maxBackoffMs: 1_000 },
    };
    const mail = diffGraphs(base, next).nodes.changed.find((change) => change.id === "mail");
    expect(mail).toEqual({ id: "mail", label: "mail", config: ["subject"], settings: ["retry"] });
    expect(diffGraphs(base, next).behaviourChanged).toBe(true);
  });

  it("does not count a default written out as a change", () => {
    const before = graph([node("ask", "llm", { prompt: "Hi" })]);
    const after = graph([node("ask", "llm", { prompt: "Hi", temperature: 0.7 })]);
    expect(diffGraphs(before, after).nodes.changed).toEqual([]);
    const warmer = graph([node("ask", "llm", { prompt: "Hi", temperature: 1 })]);
    expect(diffGraphs(before, warmer).nodes.changed[0]?.config).toEqual(["temperature"]);
  });

  it("lists added and removed nodes and connections, matching connections by their ends", () => {
    const next = structuredClone(base);
    next.nodes = next.nodes.filter((item) => item.id !== "mail");
    next.nodes.push(node("out", "output", { value: "{{ nodes.fetch.output }}" }));
    next.edges = [{ ...edge("start", "fetch"), id: "renamed-by-editor" }, edge("fetch", "out")];
    const diff = diffGraphs(base, next);
    expect(diff.nodes.added.map((item) => item.id)).toEqual(["out"]);
    expect(diff.nodes.removed.map((item) => item.id)).toEqual(["mail"]);
    expect(diff.edges.added.map((item) => item.target)).toEqual(["out"]);
    expect(diff.edges.removed.map((item) => item.target)).toEqual(["mail"]);
    expect(diff.behaviourChanged).toBe(true);
  });

  it("reports variables and a changed type, and treats note edits as not changing runs", () => {
    const before = graph([node("memo", "note", { text: "a" }), step("x")], [], { tone: "warm", old: 1 });
    const after = graph([node("memo", "note", { text: "b" }), node("x", "output", { value: "1" })], [], {
      tone: "bold",
      fresh: true,
    });
    const diff = diffGraphs(before, after);
    expect(diff.variables).toEqual({ added: ["fresh"], removed: ["old"], changed: ["tone"] });
    expect(diff.nodes.changed.find((change) => change.id === "x")?.type).toEqual({
      before: "transform",
      after: "output",
    });

    const noteOnly = diffGraphs(
      graph([node("memo", "note", { text: "a" })]),
      graph([node("memo", "note", { text: "b" })]),
    );
    expect(noteOnly.nodes.changed[0]?.config).toEqual(["text"]);
    expect(noteOnly.behaviourChanged).toBe(false);
  });
});
