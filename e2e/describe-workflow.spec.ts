import { expect, test } from "./fixtures";
import { WorkflowEditorPage } from "./pages/workflow-editor-page";
import { WorkflowsPage } from "./pages/workflows-page";

const WEEKLY_REPORT =
  "Every Monday at 8:00, the Analytics agent sums up last week's campaign numbers for a client and emails the summary to the client contact.";

test.describe("describe a workflow", () => {
  test("with the offline model, a template's own description drafts that template and opens it in the editor; anything else is refused", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const workflows = new WorkflowsPage(page);
    await workflows.goto();
    await workflows.newWorkflowButton.click();
    const dialog = page.getByRole("dialog", { name: "New workflow" });
    await dialog.getByRole("tab", { name: "Describe it", exact: true }).click();
    const description = dialog.getByRole("textbox", { name: "Describe the workflow" });
    const draft = dialog.getByRole("button", { name: "Draft it", exact: true });

    await test.step("the dialog says the offline Chief of Staff only knows the templates", async () => {
      await expect(dialog.getByRole("status").filter({ hasText: "uses the offline model" })).toBeVisible();
    });

    await test.step("too short a description is caught before asking", async () => {
      await description.fill("Emails");
      await draft.click();
      await expect(dialog.getByRole("alert").filter({ hasText: "Describe the workflow in a sentence" })).toBeVisible();
    });

    await test.step("free text is refused with the server's reason, next to the description", async () => {
      await description.fill("Send a thank-you email to each new client on Friday afternoon.");
      await draft.click();
      await expect(
        dialog
          .getByRole("alert")
          .filter({ hasText: "The offline model can only draft the templates' own descriptions" }),
      ).toBeVisible();
      await expect(description).toHaveAttribute("aria-invalid", "true");
    });

    await test.step("a template's description becomes that template, opened in the editor", async () => {
      await description.fill(WEEKLY_REPORT.toLowerCase());
      await draft.click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(/\/workflows\/[^/]+\/edit$/);
      await expect(
        page.locator('[data-slot="toast"]').filter({ hasText: "drafted Weekly client report from the template" }),
      ).toBeVisible();
      const editor = new WorkflowEditorPage(page);
      await expect(editor.canvas).toBeVisible();
      await expect(editor.step("summary")).toBeVisible();
      await expect(editor.noProblems).toBeVisible();
    });

    await test.step("the new workflow is in the list under the template's name", async () => {
      await workflows.goto();
      await expect(workflows.row("Weekly client report")).toBeVisible();
    });
  });
});
