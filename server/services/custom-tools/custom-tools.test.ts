import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { TCreateCustomToolInput } from "@/lib/schemas/custom-tools";
import {
  addMember,
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  unique,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { withDb } from "../../db/client";
import { loadCustomTools } from "./custom-tools";

const SECRET = "Bearer sk-live-0123456789WXYZ";

let agency: TestAgency;
let caller: Caller;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
});

afterAll(closeConnections);

const tool = (overrides: Partial<TCreateCustomToolInput> = {}): TCreateCustomToolInput => ({
  name: `weather_${unique()}`,
  description: "Current weather for a city.",
  method: "GET",
  url: "https://api.example.com/weather/{{city}}",
  inputSchema: {
    type: "object",
    properties: { city: { type: "string", description: "City name" }, units: { type: "string", enum: ["c", "f"] } },
    required: ["city"],
  },
  timeoutMs: 5_000,
  ...overrides,
});

const load = (target: TestAgency, names: string[]) =>
  withDb({ organizationId: target.organizationId }, (db) =>
    loadCustomTools({ db, organizationId: target.organizationId }, names),
  );

/** Why a create was refused, worded as the browser gets it (`field: message; …`, see the error formatter). */
const refusal = async (input: unknown) => {
  const error = await trpcError(caller.customTools.create(input as TCreateCustomToolInput));
  expect(error.code).toBe("BAD_REQUEST");
  if (!(error.cause instanceof ZodError)) return error.message;
  return error.cause.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
};

describe("custom tools", () => {
  it("store the auth header sealed, show only a hint, and audit without it", async () => {
    const created = await caller.customTools.create(tool({ authHeaderName: "Authorization", authHeaderValue: SECRET }));
    expect(created).toMatchObject({ authHeaderName: "Authorization", authHeaderHint: "…WXYZ", agents: [] });
    expect(JSON.stringify(await caller.customTools.list())).not.toContain("0123456789");
    const [row] = await adminSql<{ auth_header_sealed: string }>(
      "SELECT auth_header_sealed FROM custom_tools WHERE id = $1",
      [created.id],
    );
    expect(row?.auth_header_sealed).toMatch(/^v1\./);
    expect(row?.auth_header_sealed).not.toContain("0123456789");
    const audit = await adminSql<{ action: string; after: unknown }>(
      "SELECT action, after FROM audit_events WHERE target_id = $1",
      [created.id],
    );
    expect(audit.map((event) => event.action)).toEqual(["customTool.create"]);
    expect(JSON.stringify(audit)).not.toContain("0123456789");
    expect(JSON.stringify(audit)).toContain('"hasAuthHeaderValue":true');
    const [loaded] = await load(agency, [`custom.${created.name}`]);
    expect(loaded).toMatchObject({
      name: created.name,
      method: "GET",
      authHeader: { name: "Authorization", value: SECRET },
      timeoutMs: 5_000,
      unavailable: null,
    });
  });

  it("refuse a malformed name, schema or URL, saying exactly what is wrong", async () => {
    expect(await refusal(tool({ name: "Weather Now" }))).toMatch(
      /name: Use 2 to 48 lower-case letters, digits and underscores, starting with a letter/,
    );
    expect(await refusal(tool({ url: "ftp://example.com/{{city}}" }))).toBe(
      "url: The URL must start with http:// or https://.",
    );
    expect(await refusal(tool({ url: "https://{{city}}.example.com/" }))).toMatch(
      /url: Placeholders may not be in the host/,
    );
    expect(await refusal(tool({ url: "https://api.example.com/{{town}}" }))).toBe(
      'url: {{town}} in the URL is not a property of the input schema: add "town" there.',
    );
    expect(await refusal(tool({ url: "https://api.example.com/{{units}}" }))).toBe(
      'url: {{units}} is always filled in, so list "units" under "required".',
    );
    const schema = (inputSchema: unknown) => refusal({ ...tool(), inputSchema });
    expect(await schema({ type: "array", items: { type: "string" } })).toBe(
      'inputSchema: The input schema must have "type": "object" at the top, with the tool\'s input under "properties".',
    );
    expect(
      await schema({
        type: "object",
        properties: { city: { type: "string", format: "uri" }, when: { type: "date" } },
        required: ["city"],
      }),
    ).toBe(
      'inputSchema: At properties.city: "format" is not supported. Use only "type", "title", "description", "enum", "items", "properties", "required", "additionalProperties".; ' +
        'inputSchema: At properties.when: "type" must be one of string, number, integer, boolean, array, object (got "date").',
    );
    expect(
      await schema({
        type: "object",
        properties: { city: { type: "string" }, tags: { type: "array" }, n: { type: "integer", enum: [1, 2.5] } },
        required: ["city", "country"],
      }),
    ).toBe(
      'inputSchema: "required" names "country", which is not in "properties".; ' +
        'inputSchema: At properties.tags: an array needs "items", the schema of each item.; ' +
        'inputSchema: At properties.n: the "enum" value 2.5 is not an integer.',
    );
    expect(await refusal(tool({ authHeaderValue: SECRET }))).toBe(
      "authHeaderName: Name the header the value is sent in, e.g. Authorization or X-Api-Key.",
    );
    expect(await refusal(tool({ authHeaderName: "Host", authHeaderValue: SECRET }))).toMatch(
      /authHeaderName: That header is set by the HTTP client/,
    );
    expect(await refusal(tool({ timeoutMs: 60_000 }))).toBe("timeoutMs: The timeout runs from 1,000 to 30,000 ms.");
    const taken = tool();
    await caller.customTools.create(taken);
    expect(await trpcError(caller.customTools.create(taken))).toMatchObject({
      code: "CONFLICT",
      message: `A tool named "${taken.name}" already exists. Pick another name.`,
    });
  });

  it("keep the stored header value when an edit leaves it out, replace or clear it on request", async () => {
    const created = await caller.customTools.create(tool({ authHeaderName: "X-Api-Key", authHeaderValue: SECRET }));
    const edited = await caller.customTools.update({ id: created.id, patch: { description: "Weather now." } });
    expect(edited).toMatchObject({ description: "Weather now.", authHeaderName: "X-Api-Key", authHeaderHint: "…WXYZ" });
    const replaced = await caller.customTools.update({
      id: created.id,
      patch: { authHeaderName: "Authorization", authHeaderValue: "Token another-secret-ABCD" },
    });
    expect(replaced).toMatchObject({ authHeaderName: "Authorization", authHeaderHint: "…ABCD" });
    expect((await load(agency, [`custom.${created.name}`]))[0]?.authHeader).toEqual({
      name: "Authorization",
      value: "Token another-secret-ABCD",
    });
    const cleared = await caller.customTools.update({ id: created.id, patch: { clearAuthHeader: true } });
    expect(cleared).toMatchObject({ authHeaderName: null, authHeaderHint: null });
    expect((await load(agency, [`custom.${created.name}`]))[0]?.authHeader).toBeNull();
    // A header name alone would send nothing: the value is needed once none is stored.
    const nameOnly = await trpcError(
      caller.customTools.update({ id: created.id, patch: { authHeaderName: "X-Api-Key" } }),
    );
    expect(nameOnly.message).toBe("Enter the header's value, or leave the header name empty.");
    // The URL is checked against the stored schema when only the URL changes.
    const badUrl = await trpcError(
      caller.customTools.update({ id: created.id, patch: { url: "https://api.example.com/{{zip}}" } }),
    );
    expect(badUrl.message).toBe('{{zip}} in the URL is not a property of the input schema: add "zip" there.');
  });

  it("follow a rename into agents and leave them on delete, in the same transaction, each change audited", async () => {
    const created = await caller.customTools.create(tool());
    const agent = await caller.agents.create({
      template: "custom",
      name: `Weather agent ${unique()}`,
      tools: ["copy.aida", `custom.${created.name}`],
    });
    expect((await caller.customTools.list()).find((t) => t.id === created.id)?.agents).toEqual([
      { id: agent.id, name: agent.name },
    ]);
    const newName = `forecast_${unique()}`;
    await caller.customTools.update({ id: created.id, patch: { name: newName } });
    expect((await caller.agents.get({ id: agent.id })).tools).toEqual(["copy.aida", `custom.${newName}`]);
    await caller.customTools.delete({ id: created.id });
    expect((await caller.agents.get({ id: agent.id })).tools).toEqual(["copy.aida"]);
    expect(await caller.customTools.list()).not.toContainEqual(expect.objectContaining({ id: created.id }));
    const events = await adminSql<{ action: string; before: Record<string, unknown> | null }>(
      "SELECT action, before FROM audit_events WHERE target_id = $1 ORDER BY seq",
      [created.id],
    );
    expect(events.map((event) => event.action)).toEqual([
      "customTool.create",
      "customTool.update",
      "customTool.delete",
    ]);
    expect(events[2]?.before).toMatchObject({ removedFromAgents: [agent.name] });
  });

  it("load only the agent's custom tools that exist, in the agent's order", async () => {
    const first = await caller.customTools.create(tool());
    const second = await caller.customTools.create(tool({ method: "POST" }));
    const loaded = await load(agency, [
      `custom.${second.name}`,
      "clients.search",
      "custom.gone_meanwhile",
      `custom.${first.name}`,
    ]);
    expect(loaded.map((def) => [def.name, def.method])).toEqual([
      [second.name, "POST"],
      [first.name, "GET"],
    ]);
    // Another agency's tool of the same name is not this agency's.
    expect(await load(await createAgency(), [`custom.${first.name}`])).toEqual([]);
  });

  it("will not open a sealed header moved to another agency's row", async () => {
    const ours = await caller.customTools.create(tool({ authHeaderName: "X-Api-Key", authHeaderValue: SECRET }));
    const other = await createAgency();
    const theirs = await ownerCaller(other).customTools.create(
      tool({ authHeaderName: "X-Api-Key", authHeaderValue: "their-own-secret-1111" }),
    );
    await adminSql(
      "UPDATE custom_tools SET auth_header_sealed = (SELECT auth_header_sealed FROM custom_tools WHERE id = $1) WHERE id = $2",
      [ours.id, theirs.id],
    );
    const [loaded] = await load(other, [`custom.${theirs.name}`]);
    expect(loaded).toMatchObject({ authHeader: null, unavailable: expect.stringMatching(/cannot be read/) });
  });

  it("are seen by viewers, changed by managers and up, and invisible to other agencies", async () => {
    const created = await caller.customTools.create(tool());
    const viewer = callerFor(await addMember(agency, "viewer"), agency.organizationId);
    expect((await viewer.customTools.list()).map((t) => t.id)).toContain(created.id);
    expect((await trpcError(viewer.customTools.create(tool()))).code).toBe("FORBIDDEN");
    expect((await trpcError(viewer.customTools.update({ id: created.id, patch: { timeoutMs: 2_000 } }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await trpcError(viewer.customTools.delete({ id: created.id }))).code).toBe("FORBIDDEN");
    const member = callerFor(await addMember(agency, "member"), agency.organizationId);
    expect((await trpcError(member.customTools.create(tool()))).code).toBe("FORBIDDEN");
    const manager = callerFor(await addMember(agency, "manager"), agency.organizationId);
    expect(await manager.customTools.update({ id: created.id, patch: { timeoutMs: 2_000 } })).toMatchObject({
      timeoutMs: 2_000,
    });

    const other = ownerCaller(await createAgency());
    expect((await other.customTools.list()).map((t) => t.id)).not.toContain(created.id);
    expect((await trpcError(other.customTools.update({ id: created.id, patch: { description: "x" } }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await trpcError(other.customTools.delete({ id: created.id }))).code).toBe("NOT_FOUND");
    expect((await caller.customTools.list()).find((t) => t.id === created.id)).toMatchObject({ timeoutMs: 2_000 });
  });
});
