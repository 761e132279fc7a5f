import { describe, expect, it } from "vitest";
import { formErrorMessage, issueFieldErrors, serverFieldErrors } from "./field-errors";

describe("field errors", () => {
  it("keys zod errors by field, dropping a prefix such as patch", () => {
    const error = { message: "x", data: { fieldErrors: { "patch.tags.0": "Too long", "patch.name": "Required" } } };
    expect(serverFieldErrors(error, "patch")).toEqual({ tags: "Too long", name: "Required" });
  });

  it("puts a domain error that names its field under that field, and not above the form", () => {
    const error = { message: "The assignee must be a member of this agency.", data: { field: "assigneeId" } };
    expect(serverFieldErrors(error)).toEqual({ assigneeId: error.message });
    expect(formErrorMessage(error, ["title", "assigneeId"])).toBeUndefined();
    expect(formErrorMessage(error, ["title"])).toBe(error.message);
  });

  it("shows any other error above the form", () => {
    expect(formErrorMessage({ message: "Try again", data: null }, ["title"])).toBe("Try again");
    expect(issueFieldErrors([{ path: ["budget"], message: "Must not be negative." }])).toEqual({
      budget: "Must not be negative.",
    });
  });
});
