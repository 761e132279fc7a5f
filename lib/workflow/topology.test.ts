import { describe, expect, it } from "vitest";
import { adjacency, cycles, reachable, reverse, topologicalOrder } from "./topology";

const g = (ids: string[], pairs: [string, string][]) =>
  adjacency(
    ids,
    pairs.map(([from, to]) => ({ from, to })),
  );

describe("topology", () => {
  it("orders so every edge goes forward, ties in the listed order", () => {
    expect(
      topologicalOrder(
        g(
          ["a", "b", "c", "d"],
          [
            ["d", "a"],
            ["c", "b"],
          ],
        ),
      ),
    ).toEqual(["c", "b", "d", "a"]);
    expect(
      topologicalOrder(
        g(
          ["t", "x", "y", "m"],
          [
            ["t", "y"],
            ["t", "x"],
            ["x", "m"],
            ["y", "m"],
          ],
        ),
      ),
    ).toEqual(["t", "x", "y", "m"]);
  });

  it("leaves out ids on or after a cycle", () => {
    expect(
      topologicalOrder(
        g(
          ["a", "b", "c", "d"],
          [
            ["a", "b"],
            ["b", "c"],
            ["c", "b"],
            ["c", "d"],
          ],
        ),
      ),
    ).toEqual(["a"]);
  });

  it("finds cycles, self-edges included, and nothing in a DAG", () => {
    expect(
      cycles(
        g(
          ["a", "b", "c"],
          [
            ["a", "b"],
            ["b", "c"],
          ],
        ),
      ),
    ).toEqual([]);
    expect(
      cycles(
        g(
          ["a", "b", "c", "d"],
          [
            ["a", "b"],
            ["b", "c"],
            ["c", "a"],
            ["d", "d"],
          ],
        ),
      ),
    ).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("handles a long chain without running out of stack", () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => `n${index}`);
    const chain = g(
      ids,
      ids.slice(1).map((id, index) => [ids[index]!, id]),
    );
    expect(cycles(chain)).toEqual([]);
    expect(reachable(chain, ["n0"]).size).toBe(20_000);
    expect(topologicalOrder(reverse(chain))[0]).toBe("n19999");
  });

  it("reaches only what edges lead to, the starts included", () => {
    const graph = g(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["c", "d"],
        ["b", "zzz"],
      ],
    );
    expect([...reachable(graph, ["a"])].sort()).toEqual(["a", "b"]);
    expect([...reachable(reverse(graph), ["d"])].sort()).toEqual(["c", "d"]);
  });
});
