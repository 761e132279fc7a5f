import { describe, expect, it } from "vitest";
import { exportFileName, parseWorkflowFile } from "./workflow-file";

describe("exportFileName", () => {
  it("is the workflow's name with .workflow.json", () => {
    expect(exportFileName("Weekly client report")).toBe("Weekly client report.workflow.json");
  });

  it("replaces what file systems refuse, and never comes out empty or hidden", () => {
    expect(exportFileName('Leads: "hot" / cold?')).toBe("Leads- -hot- - cold.workflow.json");
    expect(exportFileName("a\tb\nc")).toBe("a b c.workflow.json");
    expect(exportFileName("..")).toBe("workflow.workflow.json");
    expect(exportFileName(".env")).toBe("env.workflow.json");
    expect(exportFileName("   ")).toBe("workflow.workflow.json");
  });
});

describe("parseWorkflowFile", () => {
  it("reads JSON and leaves the checking to the server", () => {
    expect(parseWorkflowFile('{"format": "other"}')).toEqual({ ok: true, file: { format: "other" } });
  });

  it("refuses text that is not JSON", () => {
    expect(parseWorkflowFile("name,graph")).toEqual({
      ok: false,
      message: "This file is not JSON. Choose a .workflow.json file exported from Switchboard.",
    });
  });
});
