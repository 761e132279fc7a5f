import { expect, type Locator, type Page } from "@playwright/test";

export type CustomToolInput = {
  name?: string;
  description?: string;
  /** The option's label, e.g. "POST — the input goes in a JSON body". */
  method?: string;
  url?: string;
  inputSchema?: string;
  authHeaderName?: string;
  authHeaderValue?: string;
};

/** The custom tool form inside the "New tool" or "Edit custom.…" dialog. */
export class CustomToolForm {
  readonly name: Locator;
  readonly description: Locator;
  readonly method: Locator;
  readonly url: Locator;
  readonly inputSchema: Locator;
  readonly authHeaderName: Locator;
  readonly authHeaderValue: Locator;
  readonly timeout: Locator;

  constructor(readonly dialog: Locator) {
    // By role, not label: the label of a required field also holds its "*" marker.
    this.name = dialog.getByRole("textbox", { name: "Name", exact: true });
    this.description = dialog.getByRole("textbox", { name: "Description", exact: true });
    this.method = dialog.getByRole("combobox", { name: "Method", exact: true });
    this.url = dialog.getByRole("textbox", { name: "URL", exact: true });
    this.inputSchema = dialog.getByRole("textbox", { name: "Input schema (JSON Schema)", exact: true });
    this.authHeaderName = dialog.getByRole("textbox", { name: "Auth header", exact: true });
    // A password input has no textbox role.
    this.authHeaderValue = dialog.getByLabel("Header value", { exact: true });
    this.timeout = dialog.getByRole("spinbutton", { name: "Timeout (ms)", exact: true });
  }

  async fill(input: CustomToolInput) {
    if (input.name !== undefined) await this.name.fill(input.name);
    if (input.description !== undefined) await this.description.fill(input.description);
    if (input.method !== undefined) await this.method.selectOption({ label: input.method });
    if (input.url !== undefined) await this.url.fill(input.url);
    if (input.inputSchema !== undefined) await this.inputSchema.fill(input.inputSchema);
    if (input.authHeaderName !== undefined) await this.authHeaderName.fill(input.authHeaderName);
    if (input.authHeaderValue !== undefined) await this.authHeaderValue.fill(input.authHeaderValue);
  }

  /** The inline error under one text field, by the field's label ("URL"). */
  fieldError(label: string): Locator {
    // `has` is matched inside each field, so the inner locator starts from the page, not the dialog.
    const control = this.dialog.page().getByRole("textbox", { name: label, exact: true });
    return this.dialog.locator('[data-slot="form-field"]', { has: control }).getByRole("alert");
  }

  async submit(label: "Add tool" | "Save changes") {
    await this.dialog.getByRole("button", { name: label, exact: true }).click();
  }
}

/** The agency's custom HTTP tools at /tools. */
export class ToolsPage {
  readonly heading: Locator;
  readonly newToolButton: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Tools", level: 1 });
    this.newToolButton = page.getByRole("button", { name: "New tool", exact: true });
    this.table = page.getByRole("table");
    this.emptyState = page.getByRole("heading", { name: "No custom tools yet" });
  }

  async goto() {
    await this.page.goto("/tools");
    await expect(this.heading).toBeVisible();
  }

  /** The table row of a tool, by its name without the `custom.` prefix. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByText(`custom.${name}`, { exact: true }) });
  }

  editButton(name: string): Locator {
    return this.row(name).getByRole("button", { name: `Edit custom.${name}`, exact: true });
  }

  deleteButton(name: string): Locator {
    return this.row(name).getByRole("button", { name: `Delete custom.${name}`, exact: true });
  }

  async openNewTool(): Promise<CustomToolForm> {
    await this.newToolButton.click();
    const dialog = this.page.getByRole("dialog", { name: "New tool" });
    await expect(dialog).toBeVisible();
    return new CustomToolForm(dialog);
  }

  async openEdit(name: string): Promise<CustomToolForm> {
    await this.editButton(name).click();
    const dialog = this.page.getByRole("dialog", { name: `Edit custom.${name}` });
    await expect(dialog).toBeVisible();
    return new CustomToolForm(dialog);
  }

  /** Opens the delete confirmation; returns it, for the caller to read before confirming with {@link confirmDelete}. */
  async openDelete(name: string): Promise<Locator> {
    await this.deleteButton(name).click();
    const dialog = this.page.getByRole("dialog", { name: `Delete custom.${name}?` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async confirmDelete(dialog: Locator) {
    await dialog.getByRole("button", { name: "Delete tool", exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** The toast whose text contains `text`. */
  toast(text: string): Locator {
    return this.page.locator('[data-slot="toast"]').filter({ hasText: text });
  }
}
