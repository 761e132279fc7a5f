import { describe, expect, it } from "vitest";
import { type TWorkflowNode } from "@/lib/workflow/graph";
import { connectionProblem, refusalReason, SAME_SIDE_PROBLEM } from "./connection-rules";

const step = (id: string, type: string, config: unknown = {}, extra: Partial<TWorkflowNode> = {}): TWorkflowNode => ({
  id,
  type,
  position: { x: 0, y: 0 },
  config,
  ...extra,
});

const steps = new Map(
  [
    step("start", "trigger.manual"),
    step("draft", "llm", { prompt: "Write" }, { name: "Draft copy" }),
    step("each", "loop", { items: "input.items" }),
    step("check", "condition", { expression: "true" }),
    step("mystery", "telepathy"),
    step("risky", "http", { url: "https://example.com" }, { onError: { mode: "branch" } }),
  ].map((node) => [node.id, node]),
);
const byId = (id: string) => steps.get(id);

describe("connectionProblem", () => {
  it("allows an output into an input", () => {
    expect(
      connectionProblem({ source: "start", sourceHandle: "out", target: "draft", targetHandle: "in" }, byId, []),
    ).toBeNull();
  });

  it("allows a flow output into a loop's Continue input", () => {
    expect(
      connectionProblem({ source: "draft", sourceHandle: "out", target: "each", targetHandle: "continue" }, byId, []),
    ).toBeNull();
  });

  it("allows the error output of a step whose errors branch", () => {
    expect(
      connectionProblem({ source: "risky", sourceHandle: "error", target: "draft", targetHandle: "in" }, byId, []),
    ).toBeNull();
  });

  it("refuses a step connected to itself", () => {
    expect(
      connectionProblem({ source: "draft", sourceHandle: "out", target: "draft", targetHandle: "in" }, byId, []),
    ).toBe("A step cannot connect to itself.");
  });

  it("refuses a second copy of a connection", () => {
    const edges = [{ source: "start", sourceHandle: "out", target: "draft", targetHandle: "in" }];
    expect(
      connectionProblem({ source: "start", sourceHandle: "out", target: "draft", targetHandle: "in" }, byId, edges),
    ).toBe("That connection already exists.");
  });

  it("allows two different handles between the same steps", () => {
    const edges = [{ source: "check", sourceHandle: "true", target: "draft", targetHandle: "in" }];
    expect(
      connectionProblem({ source: "check", sourceHandle: "false", target: "draft", targetHandle: "in" }, byId, edges),
    ).toBeNull();
  });

  it("refuses handles a step does not have", () => {
    expect(
      connectionProblem({ source: "draft", sourceHandle: "error", target: "each", targetHandle: "in" }, byId, []),
    ).toMatch(/no output "error"/);
    expect(
      connectionProblem({ source: "draft", sourceHandle: "out", target: "start", targetHandle: "in" }, byId, []),
    ).toMatch(/no input "in"/);
  });

  it("refuses unknown types and missing ends", () => {
    expect(
      connectionProblem({ source: "mystery", sourceHandle: "out", target: "draft", targetHandle: "in" }, byId, []),
    ).toMatch(/unknown type/);
    expect(
      connectionProblem({ source: "start", sourceHandle: "out", target: "gone", targetHandle: "in" }, byId, []),
    ).toBe("That step is no longer on the canvas.");
    expect(
      connectionProblem({ source: "start", sourceHandle: null, target: "draft", targetHandle: "in" }, byId, []),
    ).toMatch(/handle/);
  });
});

describe("refusalReason", () => {
  it("explains a drag between two inputs or two outputs", () => {
    expect(
      refusalReason(
        { nodeId: "start", id: "out", type: "source" },
        { nodeId: "draft", id: "out", type: "source" },
        byId,
        [],
      ),
    ).toBe(SAME_SIDE_PROBLEM);
  });

  it("explains a refused connection drawn from either end", () => {
    expect(
      refusalReason(
        { nodeId: "draft", id: "in", type: "target" },
        { nodeId: "draft", id: "out", type: "source" },
        byId,
        [],
      ),
    ).toBe("A step cannot connect to itself.");
    const edges = [{ source: "start", sourceHandle: "out", target: "draft", targetHandle: "in" }];
    expect(
      refusalReason(
        { nodeId: "start", id: "out", type: "source" },
        { nodeId: "draft", id: "in", type: "target" },
        byId,
        edges,
      ),
    ).toBe("That connection already exists.");
  });
});
