import { describe, expect, it } from "vitest";
import { keyHint, open, seal } from "./secret-box";

describe("secret box", () => {
  it("round-trips a key, differently each time, and shows only a hint", () => {
    const key = "sk-proj-abcdefghijklmnopqrstuvwxyz1234";
    const a = seal(key, "provider:org1");
    const b = seal(key, "provider:org1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("abcdefghij");
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(open(a, "provider:org1")).toBe(key);
    expect(keyHint(key)).toBe("sk-…1234");
    expect(keyHint("gsk_0123456789abcdefXYZW")).toBe("…XYZW");
    expect(keyHint("short")).toBe("••••");
  });

  it("refuses a value moved to another agency or changed by one byte", () => {
    const sealed = seal("sk-secret-value-0000", "provider:org1");
    expect(() => open(sealed, "provider:org2")).toThrow();
    const parts = sealed.split(".");
    const body = parts[3]!;
    const flipped = `${body.slice(0, 2)}${body[2] === "A" ? "B" : "A"}${body.slice(3)}`;
    const tampered = [...parts.slice(0, 3), flipped].join(".");
    expect(() => open(tampered, "provider:org1")).toThrow();
  });
});
