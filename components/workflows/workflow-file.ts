/** Largest workflow file the import reads: far above 1,000 steps with long prompts. */
export const MAX_WORKFLOW_FILE_BYTES = 5 * 1024 * 1024;

/** The file a workflow exports to: its name, made safe for file systems, then `.workflow.json`. */
export function exportFileName(name: string): string {
  const safe = name
    .replace(/\s+/g, " ")
    // Characters Windows, macOS or Linux refuse in a file name, and control characters.
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, "-")
    .trim()
    .replace(/^[.-]+|[.-]+$/g, "");
  return `${safe || "workflow"}.workflow.json`;
}

/**
 * A chosen file's text as JSON, ready to send to `workflows.import`; the server checks that it is
 * a workflow file and says what is wrong. Only what the browser can tell is refused here.
 */
export function parseWorkflowFile(text: string): { ok: true; file: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, file: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      message: "This file is not JSON. Choose a .workflow.json file exported from Switchboard.",
    };
  }
}

/** Saves `value` as a JSON file through the browser's download. */
export function downloadJson(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the download has taken the data by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
