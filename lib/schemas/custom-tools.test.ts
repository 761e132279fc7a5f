import { describe, expect, it } from "vitest";
import { inputSchemaIssues, placeholderIssues, urlPlaceholders, ZToolUrl, type TToolInputSchema } from "./custom-tools";

const urlIssues = (url: string) => ZToolUrl.safeParse(url).error?.issues.map((issue) => issue.message) ?? [];

describe("custom tool input schemas", () => {
  it("accept the supported subset, nested, with $schema at the top", () => {
    expect(
      inputSchemaIssues({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        type: "object",
        title: "Search",
        additionalProperties: false,
        properties: {
          q: { type: "string", description: "What to look for" },
          page: { type: "integer", enum: [1, 2, 3] },
          exact: { type: "boolean" },
          ids: { type: "array", items: { type: "number" } },
          range: { type: "object", properties: { from: { type: "string" } }, required: ["from"] },
        },
        required: ["q"],
      }),
    ).toEqual([]);
  });

  it("name each problem and where it is", () => {
    expect(inputSchemaIssues("{}")).toEqual(["The input schema must be a JSON object, not string."]);
    expect(inputSchemaIssues({ type: "object" })).toEqual([
      'An object needs "properties", e.g. {"city": {"type": "string"}}.',
    ]);
    expect(
      inputSchemaIssues({
        type: "object",
        additionalProperties: true,
        properties: {
          "bad name": { type: "string" },
          list: { type: "array", items: { type: "string" }, enum: ["a"] },
          nested: { type: "object", properties: {}, $schema: "x" },
        },
      }),
    ).toEqual([
      '"additionalProperties" may only be false: a tool takes only the properties it lists.',
      '"bad name" is not a usable property name: use letters, digits, _ and -, starting with a letter or _ (at most 64).',
      'At properties.list: "enum" is only for string, number, integer and boolean.',
      'At properties.nested: "$schema" is not supported. Use only "type", "title", "description", "enum", "items", "properties", "required", "additionalProperties".',
    ]);
    const deep = {
      type: "array",
      items: { type: "array", items: { type: "array", items: { type: "array", items: { type: "string" } } } },
    };
    expect(inputSchemaIssues({ type: "object", properties: { deep } })).toEqual([
      "At properties.deep.items.items.items: nested too deep: at most 4 levels of objects and arrays.",
    ]);
  });
});

describe("custom tool URLs", () => {
  const schema: TToolInputSchema = {
    type: "object",
    properties: { id: { type: "integer" }, tags: { type: "array", items: { type: "string" } }, q: { type: "string" } },
    required: ["id", "tags"],
  };

  it("list placeholders once, spaces inside the braces allowed", () => {
    expect(urlPlaceholders("https://x.test/{{ id }}/{{q}}?again={{id}}")).toEqual(["id", "q"]);
  });

  it("fit placeholders to required, plain properties", () => {
    expect(placeholderIssues("https://x.test/items/{{id}}", schema)).toEqual([]);
    expect(placeholderIssues("https://x.test/{{tags}}/{{q}}/{{nope}}", schema)).toEqual([
      '{{tags}} goes in the URL, so "tags" must be a string, number, integer or boolean.',
      '{{q}} is always filled in, so list "q" under "required".',
      '{{nope}} in the URL is not a property of the input schema: add "nope" there.',
    ]);
  });

  it("refuse what cannot be a fixed http(s) endpoint", () => {
    expect(urlIssues("https://api.example.com/v1/items/{{id}}?full=1")).toEqual([]);
    expect(urlIssues("api.example.com/{{id}}")).toEqual([
      "Enter a full address like https://api.example.com/v1/weather?city={{city}}.",
    ]);
    expect(urlIssues("https://api.example.com/{{id}")).toEqual([
      "Close each placeholder as {{name}}, with two braces on each side.",
    ]);
    expect(urlIssues("https://api.example.com/{{a b}}")).toEqual([
      "{{a b}} is not a property name: use letters, digits, _ and -.",
    ]);
    expect(urlIssues("https://user:pw@api.example.com/")).toEqual([
      "Do not put credentials in the URL; use the auth header, which is stored encrypted.",
    ]);
    expect(urlIssues("https://api-{{id}}.example.com/")[0]).toMatch(/^Placeholders may not be in the host/);
  });
});
