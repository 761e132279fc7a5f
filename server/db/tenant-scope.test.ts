import { describe, expect, it } from "vitest";
import { dbContextStorage } from "./context";
import { scopeArgs, TenantContextMissingError } from "./tenant-scope";

const inOrg = <T>(fn: () => T) => dbContextStorage.run({ organizationId: "org-a", userId: "u1" }, fn);

describe("scopeArgs", () => {
  it("adds the tenant to reads, updates and deletes, overriding any other", () => {
    inOrg(() => {
      expect(scopeArgs("Client", "findMany", { where: { organizationId: "org-b", name: "x" } })).toEqual({
        where: { organizationId: "org-a", name: "x" },
      });
      expect(scopeArgs("Client", "update", { where: { id: "c1" }, data: { name: "y" } })).toEqual({
        where: { id: "c1", organizationId: "org-a" },
        data: { name: "y" },
      });
      expect(scopeArgs("Client", "deleteMany", {})).toEqual({ where: { organizationId: "org-a" } });
    });
  });

  it("stamps creates and never lets an update move a row to another agency", () => {
    inOrg(() => {
      expect(scopeArgs("Client", "create", { data: { name: "x", organizationId: "org-b" } })).toEqual({
        data: { name: "x", organizationId: "org-a" },
      });
      expect(scopeArgs("Client", "createMany", { data: [{ name: "x" }] })).toEqual({
        data: [{ name: "x", organizationId: "org-a" }],
      });
      expect(scopeArgs("Client", "updateMany", { where: {}, data: { organizationId: "org-b" } })).toEqual({
        where: { organizationId: "org-a" },
        data: {},
      });
    });
  });

  it("refuses tenant queries without a tenant", () => {
    expect(() => scopeArgs("Client", "findMany", {})).toThrow(TenantContextMissingError);
    expect(() => dbContextStorage.run({ userId: "u1" }, () => scopeArgs("Client", "findMany", {}))).toThrow(
      TenantContextMissingError,
    );
  });

  it("lets a person read their own memberships across agencies, and nothing else", () => {
    const scoped = dbContextStorage.run({ userId: "u1" }, () => scopeArgs("Membership", "findMany", { where: {} }));
    expect(scoped).toEqual({ where: { userId: "u1" } });
    expect(() =>
      dbContextStorage.run({ userId: "u1" }, () => scopeArgs("Membership", "delete", { where: { id: "m" } })),
    ).toThrow(TenantContextMissingError);
  });

  it("leaves global models alone", () => {
    expect(scopeArgs("User", "findUnique", { where: { email: "a@b.c" } })).toEqual({ where: { email: "a@b.c" } });
  });
});

describe("TENANT_MODELS", () => {
  it("lists every model that has an organizationId column, so none escapes the data-layer wall", async () => {
    const { Prisma } = await import("./generated/client");
    const { TENANT_MODELS } = await import("./tenant-scope");
    const withTenantColumn = Object.entries(Prisma)
      .filter(([name, value]) => name.endsWith("ScalarFieldEnum") && typeof value === "object" && value !== null)
      .filter(([, value]) => "organizationId" in (value as Record<string, string>))
      .map(([name]) => name.replace(/ScalarFieldEnum$/, ""))
      .filter((name) => name !== "Organization");
    expect(withTenantColumn.length).toBeGreaterThanOrEqual(7);
    expect([...TENANT_MODELS].sort()).toEqual(withTenantColumn.sort());
  });
});
