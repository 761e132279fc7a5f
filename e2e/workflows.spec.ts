import { readFile } from "node:fs/promises";
import { expect, test, uniqueSuffix } from "./fixtures";
import { type WorkflowOverview, WorkflowsPage } from "./pages/workflows-page";

const TEMPLATES = [
  "Blank workflow",
  "Content brief to approved copy",
  "Weekly client report",
  "Lead qualification",
  "Campaign anomaly alert",
  "Social media calendar",
  "Client onboarding",
];

test.describe("workflows", () => {
  test("an owner starts from the content brief template, publishes and runs it, round-trips it through a file and archives it", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const workflows = new WorkflowsPage(page);
    const name = "Spring launch copy";
    let overview: WorkflowOverview;

    await test.step("the empty list points to the templates; the gallery offers blank and six templates", async () => {
      await workflows.goto();
      await expect(page.getByRole("heading", { name: "No workflows yet" })).toBeVisible();
      await page.getByRole("button", { name: "Start from a template", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "New workflow" });
      await expect(dialog.getByRole("radio")).toHaveCount(TEMPLATES.length);
      for (const template of TEMPLATES)
        await expect(dialog.getByRole("radio", { name: template, exact: true })).toBeVisible();
      await expect(dialog.getByRole("radio", { name: "Content brief to approved copy" })).toHaveAccessibleDescription(
        /^Creative Intelligence writes copy from a brief/,
      );
      await page.screenshot({ path: test.info().outputPath("workflow-templates.png"), fullPage: true });
      overview = await workflows.createInDialog("Content brief to approved copy", name);
    });

    await test.step("the new workflow's draft has its steps with the default agent filled in and no problems", async () => {
      await expect(page.getByText("Draft only", { exact: true })).toBeVisible();
      await expect(page.getByText("No problems: the draft can be published.")).toBeVisible();
      await expect(overview.steps.getByRole("listitem")).toHaveCount(7);
      await expect(overview.steps.getByRole("listitem").nth(0)).toContainText("Brief");
      await expect(overview.steps.getByRole("listitem").nth(0)).toContainText("Run by hand");
      await expect(overview.steps.getByRole("listitem").nth(1)).toContainText("Write copy");
      await expect(overview.steps.getByRole("listitem").nth(1)).toContainText("Agent");
      await expect(overview.steps.getByRole("listitem").filter({ hasText: "Brand check" })).toContainText("Guardrail");
      await expect(overview.steps.getByRole("listitem").filter({ hasText: "Client approval" })).toContainText(
        "Approval",
      );
      // Nothing is published yet: only a test run of the draft can start.
      await expect(overview.runButton).toBeDisabled();
      await expect(overview.testRunButton).toBeEnabled();
    });

    await test.step("publishing with a note makes version 1 live", async () => {
      await overview.publish("First cut for the spring launch", 1);
      await expect(overview.versionRow(1)).toContainText("(live)");
      await expect(page.getByText("Version 1", { exact: true }).first()).toBeVisible();
      await page.screenshot({ path: test.info().outputPath("workflow-overview.png"), fullPage: true });
    });

    await test.step("running it with the brief's fields starts a run and links to it", async () => {
      await overview.runButton.click();
      // The brief is required by the trigger's input schema.
      await expect(page.getByRole("alert").filter({ hasText: "Fill in Brief." })).toBeVisible();
      await page.getByRole("textbox", { name: "Brief" }).fill("Spring blend launch: 20% off for loyalty members.");
      await page.getByRole("textbox", { name: "Client" }).fill("Bluebird Coffee");
      await page.getByRole("combobox", { name: "Channel" }).selectOption("Email");
      await overview.runButton.click();
      await expect(page.getByRole("status").filter({ hasText: "Run started" })).toBeVisible();
      await expect(overview.startedRunLink()).toHaveAttribute("href", /^\/runs\/[^/]+$/);
      const href = await overview.startedRunLink().getAttribute("href");
      await expect(overview.recentRuns.locator(`a[href="${href}"]`)).toBeVisible();
      await expect(overview.recentRuns.getByRole("row").nth(1)).toContainText("Version 1");
    });

    await test.step("export downloads <name>.workflow.json, and importing it gives a copy", async () => {
      await workflows.goto();
      await expect(workflows.row(name)).toContainText("Version 1");
      const download = await workflows.export(name);
      expect(download.suggestedFilename()).toBe(`${name}.workflow.json`);
      const path = await download.path();
      const file = JSON.parse(await readFile(path, "utf8")) as { format: string; formatVersion: number; name: string };
      expect(file).toMatchObject({ format: "switchboard.workflow", formatVersion: 1, name });

      const dialog = await workflows.chooseImportFile(path);
      await dialog.getByRole("button", { name: "Import workflow", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(workflows.row(`${name} (copy)`)).toBeVisible();
      await expect(workflows.row(`${name} (copy)`)).toContainText("Draft only");
    });

    await test.step("a file that is not a workflow is refused with the server's reason", async () => {
      const dialog = await workflows.chooseImportFile({
        name: "not-a-workflow.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ format: "something.else", name: "Nope" })),
      });
      await dialog.getByRole("button", { name: "Import workflow", exact: true }).click();
      await expect(dialog.getByRole("alert")).toContainText("This is not a Switchboard workflow file");
      await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(workflows.row("Nope")).toHaveCount(0);
    });

    await test.step("archiving asks first, then the workflow leaves the list and its copy stays", async () => {
      await workflows.archive(name);
      await expect(workflows.row(`${name} (copy)`)).toBeVisible();
    });
  });

  test("a webhook workflow shows its address and signing key to editors", async ({ sharedOwnerPage: page }) => {
    const workflows = new WorkflowsPage(page);
    const name = `Inbound leads ${uniqueSuffix()}`;
    await workflows.goto();
    const overview = await workflows.createFromTemplate("Lead qualification", name);
    await expect(overview.steps.getByRole("listitem").nth(0)).toContainText("Webhook");
    const webhook = page.getByRole("region", { name: "Webhook" });
    await expect(webhook.getByRole("textbox", { name: "Webhook address" })).toHaveValue(
      /^http:\/\/localhost:\d+\/api\/hooks\/[^/]+\/[^/]+$/,
    );
    await webhook.getByRole("button", { name: "Show signing key", exact: true }).click();
    await expect(webhook.getByRole("textbox", { name: "Signing key" })).not.toHaveValue("");
    // Without an input schema the run takes JSON, a webhook's starting with its body.
    await expect(page.getByRole("textbox", { name: "Input", exact: true })).toHaveValue(/"body": \{\}/);
  });
});
