import { describe, expect, it } from "vitest";
import { commandFor, SHORTCUT_HELP, type KeyPress } from "./editor-shortcuts";

const press = (key: string, modifiers: Partial<Omit<KeyPress, "key">> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe("commandFor", () => {
  it("undoes and redoes with Ctrl or ⌘", () => {
    expect(commandFor(press("z", { ctrlKey: true }))).toBe("undo");
    expect(commandFor(press("z", { metaKey: true }))).toBe("undo");
    expect(commandFor(press("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(commandFor(press("y", { ctrlKey: true }))).toBe("redo");
  });

  it("deletes, duplicates, selects and clears", () => {
    expect(commandFor(press("Delete"))).toBe("delete");
    expect(commandFor(press("Backspace"))).toBe("delete");
    expect(commandFor(press("d", { metaKey: true }))).toBe("duplicate");
    expect(commandFor(press("a", { ctrlKey: true }))).toBe("select-all");
    expect(commandFor(press("Escape"))).toBe("clear-selection");
  });

  it("copies, cuts and pastes with Ctrl or ⌘, and lists them in the help", () => {
    expect(commandFor(press("c", { ctrlKey: true }))).toBe("copy");
    expect(commandFor(press("x", { metaKey: true }))).toBe("cut");
    expect(commandFor(press("v", { ctrlKey: true }))).toBe("paste");
    expect(commandFor(press("C", { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandFor(press("v"))).toBeNull();
    const help = SHORTCUT_HELP.map((shortcut) => shortcut.keys.map((combo) => combo.join("+")).join(" "));
    expect(help).toEqual(expect.arrayContaining(["Ctrl/⌘+C", "Ctrl/⌘+X", "Ctrl/⌘+V"]));
  });

  it("opens the help with ?", () => {
    expect(commandFor(press("?", { shiftKey: true }))).toBe("help");
  });

  it("ignores plain letters, Alt chords and other Ctrl chords", () => {
    expect(commandFor(press("z"))).toBeNull();
    expect(commandFor(press("d"))).toBeNull();
    expect(commandFor(press("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandFor(press("s", { ctrlKey: true }))).toBeNull();
  });
});
