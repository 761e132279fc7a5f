import { describe, expect, it } from "vitest";
import { starterGraph } from "@/lib/workflow/starter";
import { clipboardText, copySelection, readCopiedSteps, type TCopiedSteps } from "./clipboard";
import { createEditorState, select, selectAll } from "./editor-state";

const copied = (): TCopiedSteps => {
  const payload = copySelection(selectAll(createEditorState(starterGraph())));
  if (!payload) throw new Error("Nothing was copied.");
  return payload;
};

describe("copySelection", () => {
  it("copies the selected steps and the connections between them, in the graph's shapes", () => {
    const { nodes, edges } = starterGraph();
    expect(copied()).toEqual({ kind: "switchboard/steps", version: 1, nodes, edges });
  });

  it("leaves out connections to steps not selected", () => {
    const payload = copySelection(select(createEditorState(starterGraph()), new Set(["result"])));
    expect(payload?.nodes.map((node) => node.id)).toEqual(["result"]);
    expect(payload?.edges).toEqual([]);
  });

  it("copies nothing when no step is selected, even with a connection selected", () => {
    const state = select(createEditorState(starterGraph()), new Set(), new Set(["start-result"]));
    expect(copySelection(state)).toBeNull();
  });
});

describe("readCopiedSteps", () => {
  it("reads back what was copied", () => {
    expect(readCopiedSteps(clipboardText(copied()))).toEqual({ steps: copied() });
  });

  it("refuses text that is not copied steps", () => {
    const problem = { problem: "Nothing to paste: the clipboard holds no copied steps." };
    expect(readCopiedSteps(null)).toEqual(problem);
    expect(readCopiedSteps("")).toEqual(problem);
    expect(readCopiedSteps("hello")).toEqual(problem);
    expect(readCopiedSteps("null")).toEqual(problem);
    expect(readCopiedSteps(JSON.stringify(starterGraph()))).toEqual(problem);
  });

  it("refuses a copy made in another version of the editor", () => {
    const read = readCopiedSteps(JSON.stringify({ ...copied(), version: 2 }));
    expect(read).toEqual({ problem: expect.stringMatching(/another version/) });
  });

  it("refuses steps that do not parse, saying why", () => {
    const [start, ...rest] = copied().nodes;
    const broken = { ...copied(), nodes: [{ ...start, id: "Not An Id" }, ...rest] };
    expect(readCopiedSteps(JSON.stringify(broken))).toEqual({
      problem: expect.stringMatching(/^The copied steps cannot be pasted: A step id starts with a lower-case letter/),
    });
    expect(readCopiedSteps(JSON.stringify({ ...copied(), nodes: [] }))).toEqual({
      problem: "The copied steps cannot be pasted: There are no steps in it.",
    });
  });
});
