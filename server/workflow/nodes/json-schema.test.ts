import { describe, expect, it } from "vitest";
import { type TToolInputSchema } from "@/lib/schemas/custom-tools";
import { issuesText, jsonSchemaIssues } from "./json-schema";

const schema: TToolInputSchema = {
  type: "object",
  properties: {
    name: { type: "string" },
    age: { type: "integer" },
    plan: { type: "string", enum: ["basic", "pro"] },
    address: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    tags: { type: "array", items: { type: "string" } },
  },
  required: ["name"],
};

describe("jsonSchemaIssues", () => {
  it("accepts a value that fits", () => {
    expect(jsonSchemaIssues(schema, { name: "Ada", age: 36, plan: "pro", tags: ["a"] })).toEqual([]);
  });

  it("names each bad field and says what it should be", () => {
    expect(jsonSchemaIssues(schema, { age: 3.5, plan: "gold", address: {}, tags: ["a", 2], extra: true })).toEqual(
      expect.arrayContaining([
        { path: "name", message: "is required." },
        { path: "age", message: "must be a whole number, not 3.5." },
        { path: "plan", message: 'must be one of "basic", "pro".' },
        { path: "address.city", message: "is required." },
        { path: "tags[1]", message: "must be text, not a number." },
        { path: "", message: 'has "extra", which the schema does not list.' },
      ]),
    );
  });

  it("says what the whole value was when it is not an object", () => {
    const issues = jsonSchemaIssues(schema, [1]);
    expect(issues).toEqual([{ path: "", message: "must be an object, not a list." }]);
    expect(issuesText(issues, "The input")).toBe("The input must be an object, not a list.");
  });
});
