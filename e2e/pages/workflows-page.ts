import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** A workflow's page at /workflows/[id]. */
export class WorkflowOverview {
  readonly steps: Locator;
  readonly problems: Locator;
  readonly versions: Locator;
  readonly recentRuns: Locator;
  readonly publishButton: Locator;
  readonly runButton: Locator;
  readonly testRunButton: Locator;

  constructor(readonly page: Page) {
    this.steps = page.getByRole("list", { name: "Steps" });
    this.problems = page.getByRole("list", { name: "Problems" });
    this.versions = page.getByRole("table", { name: "Published versions" });
    this.recentRuns = page.getByRole("region", { name: "Recent runs" });
    this.publishButton = page.getByRole("button", { name: "Publish draft", exact: true });
    this.runButton = page.getByRole("button", { name: "Run", exact: true });
    this.testRunButton = page.getByRole("button", { name: "Test-run draft", exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { name, level: 1 });
  }

  /** Publishes the draft with a note; waits for the version to show up in the history. */
  async publish(note: string, version: number) {
    await this.publishButton.click();
    const dialog = this.page.getByRole("dialog", { name: "Publish the draft" });
    await dialog.getByRole("textbox", { name: "Note", exact: true }).fill(note);
    await dialog.getByRole("button", { name: `Publish version ${version}`, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.versionRow(version)).toContainText(note);
  }

  versionRow(version: number): Locator {
    return this.versions.getByRole("row").filter({ hasText: new RegExp(`^Version ${version}\\b`) });
  }

  /** The link to the run just started, shown once Run or Test-run draft has started one. */
  startedRunLink(): Locator {
    return this.page.getByRole("status").getByRole("link", { name: "View run", exact: true });
  }
}

/** The workflow list at /workflows, with its New workflow and Import dialogs. */
export class WorkflowsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly newWorkflowButton: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Workflows", level: 1 });
    this.table = page.getByRole("table");
    this.newWorkflowButton = page.getByRole("button", { name: "New workflow", exact: true });
    this.importButton = page.getByRole("button", { name: "Import", exact: true });
  }

  async goto() {
    await this.page.goto("/workflows");
    await expect(this.heading).toBeVisible();
  }

  /** The table row of a workflow, by its exact name. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  /** Creates a workflow from the template called `template` (or "Blank workflow"); lands on its page. */
  async createFromTemplate(template: string, name: string): Promise<WorkflowOverview> {
    await this.newWorkflowButton.click();
    return this.createInDialog(template, name);
  }

  /** Fills in the open New workflow dialog and creates the workflow. */
  async createInDialog(template: string, name: string): Promise<WorkflowOverview> {
    const dialog = this.page.getByRole("dialog", { name: "New workflow" });
    await dialog.getByRole("radio", { name: template, exact: true }).check();
    await expect(dialog.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(
      template === "Blank workflow" ? "" : template,
    );
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await dialog.getByRole("button", { name: "Create workflow", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page).toHaveURL(/\/workflows\/[^/]+$/);
    const overview = new WorkflowOverview(this.page);
    await expect(overview.heading(name)).toBeVisible();
    return overview;
  }

  /** Exports a workflow from its row; returns the download. */
  async export(name: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.row(name)
        .getByRole("button", { name: `Export ${name}`, exact: true })
        .click(),
    ]);
    return download;
  }

  /** Opens Import and picks `file` through the browser's file chooser; returns the dialog. */
  async chooseImportFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
    await this.importButton.click();
    const dialog = this.page.getByRole("dialog", { name: "Import a workflow" });
    const [chooser] = await Promise.all([
      this.page.waitForEvent("filechooser"),
      dialog.getByLabel("Workflow file").click(),
    ]);
    await chooser.setFiles(file);
    return dialog;
  }

  /** Archives a workflow from its row after confirming; its row goes away. */
  async archive(name: string) {
    await this.row(name)
      .getByRole("button", { name: `Archive ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole("dialog", { name: `Archive ${name}?` });
    await dialog.getByRole("button", { name: "Archive workflow", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(name)).toHaveCount(0);
  }
}
