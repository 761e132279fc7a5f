import { describe, expect, it } from "vitest";
import { NODE_TYPE_NAMES } from "@/lib/workflow/node-types";
import { paletteGroups } from "./palette-groups";

describe("paletteGroups", () => {
  it("lists every type once, by category, with nothing searched", () => {
    const groups = paletteGroups("");
    expect(groups[0]).toMatchObject({ category: "trigger", title: "Triggers" });
    expect(groups.flatMap((group) => group.types).sort()).toEqual([...NODE_TYPE_NAMES].sort());
  });

  it("keeps the types matching every word, in label, description, type or category", () => {
    expect(paletteGroups("ai prompt").flatMap((group) => group.types)).toEqual(["llm"]);
    expect(paletteGroups("EMAIL").flatMap((group) => group.types)).toContain("email");
    expect(paletteGroups("triggers").map((group) => group.category)).toEqual(["trigger"]);
  });

  it("is empty when nothing matches", () => {
    expect(paletteGroups("zzz-nothing")).toEqual([]);
  });
});
