import { expect, type Locator, type Page } from "@playwright/test";

/** The provider form inside the "Add provider" or "Edit …" dialog. */
export class ProviderForm {
  readonly name: Locator;
  readonly kind: Locator;
  readonly baseUrl: Locator;
  readonly apiKey: Locator;
  readonly apiKeyHelp: Locator;
  readonly defaultModel: Locator;
  readonly testButton: Locator;
  /** "Connected in N ms · M models". */
  readonly testStatus: Locator;
  /** The provider's error, with its HTTP status. */
  readonly testError: Locator;
  readonly offeredModels: Locator;

  constructor(readonly dialog: Locator) {
    // By role, not label: the label of a required field also holds its "*" marker.
    this.name = dialog.getByRole("textbox", { name: "Name", exact: true });
    this.kind = dialog.getByRole("combobox", { name: "Kind", exact: true });
    this.baseUrl = dialog.getByRole("textbox", { name: "Base URL", exact: true });
    // A password input has no textbox role.
    this.apiKey = dialog.getByLabel("API key", { exact: true });
    this.apiKeyHelp = dialog.getByText(/stored key|Leave empty/);
    this.defaultModel = dialog.getByRole("combobox", { name: "Default model", exact: true });
    this.testButton = dialog.getByRole("button", { name: "Test connection", exact: true });
    this.testStatus = dialog.getByRole("status").filter({ hasText: /^Connected in/ });
    this.testError = dialog.getByRole("alert").filter({ hasText: /HTTP|Could not connect/ });
    this.offeredModels = dialog.getByRole("list", { name: "Models the provider offers" });
  }

  /** The id box of an enabled model row. */
  modelIdInputs(): Locator {
    return this.dialog.getByRole("textbox", { name: /^Model id \(row \d+\)$/ });
  }

  async enable(modelId: string) {
    await this.offeredModels.getByRole("button", { name: `Enable ${modelId}`, exact: true }).click();
  }

  async save(label: "Add provider" | "Save changes") {
    await this.dialog.getByRole("button", { name: label, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** Model providers at /providers. */
export class ProvidersPage {
  readonly heading: Locator;
  readonly addButton: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Model providers", level: 1 });
    this.addButton = page.getByRole("button", { name: "Add provider" });
    this.table = page.getByRole("table");
    this.emptyState = page.getByRole("heading", { name: "Connect a provider" });
  }

  async goto() {
    await this.page.goto("/providers");
    await expect(this.heading).toBeVisible();
  }

  /** The table row of a provider, by its exact name. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("cell", { name, exact: true }) });
  }

  async openAddForm(): Promise<ProviderForm> {
    await this.addButton.click();
    const dialog = this.page.getByRole("dialog", { name: "Add provider" });
    await expect(dialog).toBeVisible();
    return new ProviderForm(dialog);
  }

  async openEditForm(name: string): Promise<ProviderForm> {
    await this.row(name)
      .getByRole("button", { name: `Edit ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole("dialog", { name: `Edit ${name}` });
    await expect(dialog).toBeVisible();
    return new ProviderForm(dialog);
  }

  /** Runs "Test connection" from a provider's row; returns the dialog showing the result. */
  async testSaved(name: string): Promise<Locator> {
    await this.row(name)
      .getByRole("button", { name: `Test connection to ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole("dialog", { name: `Test ${name}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async delete(name: string) {
    await this.row(name)
      .getByRole("button", { name: `Delete ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole("dialog", { name: `Delete ${name}?` });
    await dialog.getByRole("button", { name: "Delete provider", exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
