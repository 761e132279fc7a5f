import { describe, expect, it } from "vitest";
import { assignableRoles, can, PERMISSIONS, ROLES } from "./permissions";

describe("permissions", () => {
  it("grants every action to the owner and only reads to a viewer", () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can("owner", action)).toBe(true);
    }
    expect(can("viewer", "client.read")).toBe(true);
    expect(can("viewer", "client.create")).toBe(false);
    expect(can("member", "client.create")).toBe(true);
    expect(can("member", "client.archive")).toBe(false);
    expect(can("manager", "member.invite")).toBe(false);
    expect(can("admin", "audit.read")).toBe(true);
  });

  it("is monotonic: a higher role may do all a lower role may", () => {
    for (let i = 1; i < ROLES.length; i += 1) {
      const higher = ROLES[i - 1]!;
      const lower = ROLES[i]!;
      for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
        if (can(lower, action)) expect(can(higher, action)).toBe(true);
      }
    }
  });

  it("lets only owners hand out owner and admin", () => {
    expect(assignableRoles("owner")).toContain("admin");
    expect(assignableRoles("admin")).toEqual(["manager", "member", "viewer"]);
    expect(assignableRoles("manager")).toEqual([]);
  });
});
