import { describe, expect, it } from "vitest";
import { graph, node } from "@/lib/workflow/fixtures";
import { initialRunJson, initialRunValues, parseRunInputJson, runFormFields, runInputFromValues } from "./run-input";

const manual = (inputSchema?: unknown) =>
  graph([node("start", "trigger.manual", inputSchema ? { inputSchema } : {}), node("done", "output", { value: "1" })]);

describe("runFormFields", () => {
  it("asks for the manual trigger's input schema, one field per property", () => {
    const fields = runFormFields(
      manual({
        type: "object",
        properties: {
          brief: { type: "string", title: "Brief", description: "What the copy is for." },
          channel: { type: "string", enum: ["Social", "Email"] },
          days: { type: "integer" },
          budget: { type: "number" },
          urgent: { type: "boolean" },
          tags: { type: "array", items: { type: "string" } },
        },
        required: ["brief"],
      }),
    );
    expect(fields).toEqual([
      { name: "brief", label: "Brief", description: "What the copy is for.", kind: "text", required: true },
      { name: "channel", label: "channel", kind: "select", required: false, options: ["Social", "Email"] },
      { name: "days", label: "days", kind: "integer", required: false },
      { name: "budget", label: "budget", kind: "number", required: false },
      { name: "urgent", label: "urgent", kind: "boolean", required: false },
      { name: "tags", label: "tags", kind: "json", required: false },
    ]);
  });

  it("asks for a portal form's fields", () => {
    const fields = runFormFields(
      graph([
        node("form", "trigger.portal_form", {
          title: "Onboarding",
          fields: [
            { name: "company", label: "Company", required: true },
            { name: "size", label: "Size", type: "select", options: ["1-10", "11+"] },
            { name: "agree", label: "I agree", type: "checkbox" },
          ],
        }),
      ]),
    );
    expect(fields).toEqual([
      { name: "company", label: "Company", kind: "text", required: true },
      { name: "size", label: "Size", kind: "select", required: false, options: ["1-10", "11+"] },
      { name: "agree", label: "I agree", kind: "boolean", required: false },
    ]);
  });

  it("has no fields without a schema, for other triggers, or without a trigger (the input is JSON then)", () => {
    expect(runFormFields(manual())).toBeNull();
    expect(runFormFields(manual({ type: "object", properties: {} }))).toBeNull();
    expect(runFormFields(graph([node("hook", "trigger.webhook")]))).toBeNull();
    expect(runFormFields(graph([]))).toBeNull();
  });
});

describe("runInputFromValues", () => {
  const fields = runFormFields(
    manual({
      type: "object",
      properties: {
        brief: { type: "string", title: "Brief" },
        days: { type: "integer", title: "Days" },
        budget: { type: "number", title: "Budget" },
        urgent: { type: "boolean", title: "Urgent" },
        tags: { type: "array", title: "Tags", items: { type: "string" } },
      },
      required: ["brief"],
    }),
  )!;

  it("starts empty, boxes unticked", () => {
    expect(initialRunValues(fields)).toEqual({ brief: "", days: "", budget: "", urgent: false, tags: "" });
  });

  it("turns numbers into numbers and JSON into values, and leaves out empty optional fields", () => {
    expect(
      runInputFromValues(fields, { brief: "Launch", days: "7", budget: "12.5", urgent: true, tags: '["a"]' }),
    ).toEqual({ ok: true, input: { brief: "Launch", days: 7, budget: 12.5, urgent: true, tags: ["a"] } });
    expect(runInputFromValues(fields, { ...initialRunValues(fields), brief: "Launch" })).toEqual({
      ok: true,
      input: { brief: "Launch", urgent: false },
    });
  });

  it("names each field it cannot use", () => {
    expect(runInputFromValues(fields, { brief: " ", days: "1.5", budget: "lots", urgent: false, tags: "[" })).toEqual({
      ok: false,
      errors: {
        brief: "Fill in Brief.",
        days: "Days must be a whole number.",
        budget: "Budget must be a number.",
        tags: 'Tags must be JSON, e.g. ["a", "b"] or {"key": "value"}.',
      },
    });
  });
});

describe("parseRunInputJson", () => {
  it("reads an object, and nothing as no input", () => {
    expect(parseRunInputJson('{"body": {"email": "a@b.example"}}')).toEqual({
      ok: true,
      input: { body: { email: "a@b.example" } },
    });
    expect(parseRunInputJson("  ")).toEqual({ ok: true, input: {} });
  });

  it("refuses what is not JSON, or not an object", () => {
    expect(parseRunInputJson("{oops")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The input is not valid JSON/),
    });
    for (const text of ["[1]", "3", "null", '"x"'])
      expect(parseRunInputJson(text)).toEqual({
        ok: false,
        message: 'The input must be a JSON object, e.g. {"name": "Ada"}.',
      });
  });

  it("starts a webhook's input with an empty body", () => {
    expect(JSON.parse(initialRunJson(graph([node("hook", "trigger.webhook")])))).toEqual({ body: {} });
    expect(initialRunJson(manual())).toBe("{}");
  });
});
