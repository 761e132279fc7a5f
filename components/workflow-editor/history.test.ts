import { describe, expect, it } from "vitest";
import {
  canRedo,
  canUndo,
  createHistory,
  HISTORY_LIMIT,
  pushHistory,
  redoHistory,
  sealHistory,
  undoHistory,
} from "./history";

describe("history", () => {
  it("undoes and redoes each push", () => {
    let history = createHistory("a");
    history = pushHistory(history, "b");
    history = pushHistory(history, "c");
    expect(canUndo(history)).toBe(true);
    history = undoHistory(history);
    expect(history.present).toBe("b");
    history = undoHistory(history);
    expect(history.present).toBe("a");
    expect(canUndo(history)).toBe(false);
    expect(undoHistory(history)).toBe(history);
    history = redoHistory(redoHistory(history));
    expect(history.present).toBe("c");
    expect(canRedo(history)).toBe(false);
    expect(redoHistory(history)).toBe(history);
  });

  it("drops the redo stack on a new push", () => {
    let history = pushHistory(pushHistory(createHistory(1), 2), 3);
    history = undoHistory(history);
    history = pushHistory(history, 4);
    expect(canRedo(history)).toBe(false);
    expect(history.past).toEqual([1, 2]);
  });

  it("ignores a push of the present itself", () => {
    const history = createHistory({ a: 1 });
    expect(pushHistory(history, history.present)).toBe(history);
  });

  it("coalesces pushes with the same key into one step until sealed", () => {
    let history = createHistory("");
    history = pushHistory(history, "h", "name:a");
    history = pushHistory(history, "hi", "name:a");
    expect(history.past).toEqual([""]);
    expect(history.present).toBe("hi");
    history = sealHistory(history);
    history = pushHistory(history, "hi!", "name:a");
    expect(history.past).toEqual(["", "hi"]);
    history = pushHistory(history, "hi!?", "name:b");
    expect(history.past).toEqual(["", "hi", "hi!"]);
  });

  it("does not coalesce across an undo", () => {
    let history = pushHistory(createHistory("a"), "b", "k");
    history = undoHistory(history);
    history = pushHistory(history, "c", "k");
    expect(history.past).toEqual(["a"]);
    expect(history.present).toBe("c");
  });

  it("keeps at most HISTORY_LIMIT undo steps", () => {
    let history = createHistory(0);
    for (let n = 1; n <= HISTORY_LIMIT + 10; n += 1) history = pushHistory(history, n);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(10);
  });
});
