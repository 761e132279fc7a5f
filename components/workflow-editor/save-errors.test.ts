import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { saveConflictOf, saveErrorMessage } from "./save-errors";

const trpcError = (message: string, data: unknown) =>
  TRPCClientError.from({ error: { message, code: -32600, data } } as never);

describe("saveConflictOf", () => {
  it("reads the winning revision from a CONFLICT", () => {
    const error = trpcError("Ana saved this workflow first.", { code: "CONFLICT", httpStatus: 409, revision: 7 });
    expect(saveConflictOf(error)).toEqual({ revision: 7, message: "Ana saved this workflow first." });
  });

  it("is null for other failures", () => {
    expect(saveConflictOf(trpcError("Nope", { code: "FORBIDDEN", httpStatus: 403 }))).toBeNull();
    expect(saveConflictOf(trpcError("Odd", { code: "CONFLICT", httpStatus: 409 }))).toBeNull();
    expect(saveConflictOf(new Error("Network down"))).toBeNull();
  });
});

describe("saveErrorMessage", () => {
  it("uses the error's message, or a plain sentence", () => {
    expect(saveErrorMessage(new Error("Network down"))).toBe("Network down");
    expect(saveErrorMessage("?")).toBe("The draft could not be saved.");
  });
});
