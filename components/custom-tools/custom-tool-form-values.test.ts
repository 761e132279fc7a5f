import { describe, expect, it } from "vitest";
import {
  EMPTY_CUSTOM_TOOL_FORM,
  schemaProblems,
  validateCustomToolEdit,
  validateNewCustomTool,
  type CustomToolFormValues,
} from "./custom-tool-form-values";

const filled: CustomToolFormValues = {
  ...EMPTY_CUSTOM_TOOL_FORM,
  name: "weather_now",
  description: "Current weather.",
  url: "https://api.example.com/weather?city={{city}}",
};

describe("the custom tool form", () => {
  it("sends a new tool as the server schema reads it, starting from the starter schema", () => {
    const result = validateNewCustomTool({ ...filled, authHeaderName: "X-Api-Key", authHeaderValue: "k-123" });
    expect(result).toMatchObject({
      ok: true,
      input: { name: "weather_now", timeoutMs: 10_000, authHeaderName: "X-Api-Key", authHeaderValue: "k-123" },
    });
    expect(result.ok && result.input.inputSchema.required).toEqual(["city"]);
  });

  it("shows why the schema text is refused, every problem at once", () => {
    const broken = validateNewCustomTool({ ...filled, inputSchema: '{"type": "object",}' });
    expect(broken.ok ? null : broken.errors.inputSchema).toMatch(/^Not valid JSON: /);
    expect(
      schemaProblems(
        '{"type": "object", "properties": {"a": {"type": "date"}, "b": {"type": "string", "format": "uri"}}}',
      ),
    ).toEqual([
      'At properties.a: "type" must be one of string, number, integer, boolean, array, object (got "date").',
      'At properties.b: "format" is not supported. Use only "type", "title", "description", "enum", "items", "properties", "required", "additionalProperties".',
    ]);
  });

  it("keeps a stored header value unless a new one is typed or the header is removed", () => {
    const keep = validateCustomToolEdit({ ...filled, authHeaderName: "X-Api-Key" }, "…1234");
    expect(keep.ok && keep.input).toMatchObject({ authHeaderName: "X-Api-Key", authHeaderValue: undefined });
    const clear = validateCustomToolEdit({ ...filled, authHeaderName: "X-Api-Key", clearAuthHeader: true }, "…1234");
    expect(clear.ok && clear.input).toMatchObject({ clearAuthHeader: true });
    expect(clear.ok && "authHeaderName" in clear.input).toBe(false);
    const nameless = validateCustomToolEdit(filled, "…1234");
    expect(nameless.ok ? null : nameless.errors.authHeaderName).toBe(
      "Name the header, or tick Remove the auth header to stop sending it.",
    );
    const valueless = validateCustomToolEdit({ ...filled, authHeaderName: "X-Api-Key" }, null);
    expect(valueless.ok ? null : valueless.errors.authHeaderValue).toBe(
      "Enter the header's value, or leave the header name empty.",
    );
  });
});
