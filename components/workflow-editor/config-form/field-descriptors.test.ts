import { describe, expect, it } from "vitest";
import { NODE_TYPE_NAMES, NODE_TYPES, nodeTypeMeta } from "@/lib/workflow/node-types";
import { describeConfig, type FieldDescriptor } from "./field-descriptors";
import { humanise } from "./field-labels";

const fieldsOf = (type: keyof typeof NODE_TYPES) => describeConfig(type, nodeTypeMeta(type));
const field = (type: keyof typeof NODE_TYPES, key: string): FieldDescriptor => {
  const found = fieldsOf(type).find((item) => item.key === key);
  if (!found) throw new Error(`${type} has no field ${key}`);
  return found;
};

/** The keys of a zod 4 object schema, read through its public `.shape` (the walk reads `_zod.def`). */
const shapeKeys = (type: keyof typeof NODE_TYPES): string[] =>
  Object.keys((NODE_TYPES[type].config as unknown as { shape: Record<string, unknown> }).shape);

describe("describeConfig", () => {
  it.each(NODE_TYPE_NAMES)("covers every config key of %s, in the schema's order, with a label", (type) => {
    const fields = fieldsOf(type);
    expect(fields.map((item) => item.key)).toEqual(shapeKeys(type));
    for (const item of fields) expect(item.label.trim()).not.toBe("");
  });

  it("renders everything with a purpose-built input: no config key falls back to JSON", () => {
    const json = NODE_TYPE_NAMES.flatMap((type) =>
      fieldsOf(type)
        .filter((item) => item.kind === "json")
        .map((item) => `${type}.${item.key}`),
    );
    expect(json).toEqual([]);
  });

  it("describes a list of a discriminated union (a guardrail's checks) as one set of fields per kind", () => {
    const checks = field("guardrail", "checks");
    if (checks.kind !== "list") throw new Error(`checks is ${checks.kind}`);
    expect(checks).toMatchObject({ itemLabel: "Check", fields: [], min: 1, max: 4 });
    expect(checks.variants?.key).toBe("kind");
    expect(
      checks.variants?.options.map((option) => [option.value, option.fields.map((sub) => [sub.key, sub.kind])]),
    ).toEqual([
      ["pii_redaction", [["action", "enum"]]],
      ["banned_words", [["words", "stringList"]]],
      ["brand", [["clientId", "client"]]],
      ["json_schema", [["schema", "jsonSchema"]]],
    ]);
    const pii = checks.variants?.options[0]?.fields[0];
    expect(pii).toMatchObject({ scope: "checks.*.action", defaultValue: "redact", optional: true });
  });

  it("finds templates and expressions from the node type's meta", () => {
    expect(field("llm", "prompt")).toMatchObject({ kind: "expression", mode: "template", optional: false });
    expect(field("llm", "system")).toMatchObject({ kind: "expression", mode: "template", optional: true });
    expect(field("condition", "expression")).toMatchObject({ kind: "expression", mode: "expression" });
    expect(field("delay", "until")).toMatchObject({ kind: "expression", mode: "expression", optional: true });
  });

  it("gives numbers their bounds, enums their options and defaults", () => {
    expect(field("llm", "temperature")).toMatchObject({
      kind: "number",
      integer: false,
      min: 0,
      max: 2,
      defaultValue: 0.7,
    });
    expect(field("llm", "maxTokens")).toMatchObject({
      kind: "number",
      integer: true,
      min: 1,
      max: 100_000,
      optional: true,
    });
    expect(field("llm", "maxTokens").label).toBe("Max tokens");
    expect(field("http", "method")).toMatchObject({
      kind: "enum",
      options: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      defaultValue: "GET",
      optional: true,
    });
  });

  it("picks rows, models, schedules, headers and JSON Schemas by what they hold", () => {
    expect(field("agent", "agentId")).toMatchObject({ kind: "agent", label: "Agent", optional: false });
    expect(field("llm", "providerId")).toMatchObject({ kind: "provider", optional: true });
    expect(field("llm", "model")).toMatchObject({ kind: "model", providerKey: "providerId" });
    expect(field("sub_workflow", "workflowId")).toMatchObject({ kind: "workflow" });
    expect(field("trigger.portal_form", "clientId")).toMatchObject({ kind: "client" });
    expect(field("trigger.schedule", "cron")).toMatchObject({
      kind: "cron",
      timezoneKey: "timezone",
      defaultValue: "0 9 * * 1-5",
    });
    expect(field("trigger.schedule", "timezone")).toMatchObject({ kind: "timezone", defaultValue: "UTC" });
    expect(field("http", "headers")).toMatchObject({ kind: "keyValue", valueMode: "template", defaultValue: {} });
    expect(field("llm", "jsonSchema")).toMatchObject({ kind: "jsonSchema", optional: true });
    expect(field("trigger.manual", "inputSchema")).toMatchObject({ kind: "jsonSchema" });
    expect(field("approval", "approvers")).toMatchObject({ kind: "members", optional: true });
  });

  it("describes lists of objects field by field", () => {
    const cases = field("switch", "cases");
    expect(cases).toMatchObject({ kind: "list", itemLabel: "Case", min: 1, max: 20 });
    if (cases.kind !== "list") throw new Error("not a list");
    expect(cases.fields.map((item) => [item.key, item.kind])).toEqual([
      ["id", "text"],
      ["label", "text"],
      ["expression", "expression"],
    ]);
    expect(cases.fields[0]?.label).toBe("Case id");
    const form = field("trigger.portal_form", "fields");
    if (form.kind !== "list") throw new Error("not a list");
    expect(form.fields.map((item) => [item.key, item.kind])).toEqual([
      ["name", "text"],
      ["label", "text"],
      ["type", "enum"],
      ["required", "boolean"],
      ["options", "stringList"],
    ]);
  });

  it("keeps clear of the panel's own Name field", () => {
    expect(field("set_variable", "name").label).toBe("Variable name");
  });
});

describe("humanise", () => {
  it("turns keys into labels", () => {
    expect(humanise("maxTokens")).toBe("Max tokens");
    expect(humanise("signature_header")).toBe("Signature header");
    expect(humanise("url")).toBe("Url");
  });
});
