import { describe, expect, it } from "vitest";
import { DEFAULT_NODE_SIZE, defaultConfig, freeSpot, snapToGrid } from "./place-node";

describe("defaultConfig", () => {
  it("fills in a type's defaults when an empty config parses", () => {
    expect(defaultConfig("parallel")).toEqual({ branches: 2 });
    expect(defaultConfig("note")).toEqual({ text: "" });
    expect(defaultConfig("trigger.manual")).toEqual({});
  });

  it("leaves the config empty when the type needs fields filled in", () => {
    expect(defaultConfig("llm")).toEqual({});
    expect(defaultConfig("agent")).toEqual({});
  });
});

describe("freeSpot", () => {
  it("snaps the wanted place to the grid when it is free", () => {
    expect(freeSpot({ x: 101, y: 39 }, [])).toEqual({ x: snapToGrid(101), y: snapToGrid(39) });
  });

  it("puts a step wanted where one already is just below it", () => {
    const taken = [{ x: 96, y: 32, ...DEFAULT_NODE_SIZE }];
    const spot = freeSpot({ x: 96, y: 32 }, taken);
    expect(spot.x).toBe(96);
    expect(spot.y).toBeGreaterThanOrEqual(32 + DEFAULT_NODE_SIZE.height);
  });

  it("finds the nearest free place around a crowded spot, overlapping nothing", () => {
    const taken = [-1, 0, 1].flatMap((row) =>
      [-1, 0, 1].map((column) => ({ x: column * 272, y: row * 128, ...DEFAULT_NODE_SIZE })),
    );
    const spot = freeSpot({ x: 0, y: 0 }, taken);
    const overlaps = taken.some(
      (rect) =>
        spot.x < rect.x + rect.width &&
        rect.x < spot.x + DEFAULT_NODE_SIZE.width &&
        spot.y < rect.y + rect.height &&
        rect.y < spot.y + DEFAULT_NODE_SIZE.height,
    );
    expect(overlaps).toBe(false);
    expect(spot).toEqual({ x: 0, y: 256 });
  });
});
