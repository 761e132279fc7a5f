import { expect, type Locator, type Page } from "@playwright/test";

/** An agent's editor at /agents/[id]. */
export class AgentEditor {
  readonly name: Locator;
  readonly provider: Locator;
  readonly systemPrompt: Locator;
  /** The `{{variables}}` the prompt uses, each marked built in, custom or unknown. */
  readonly promptVariables: Locator;
  readonly addVariableButton: Locator;
  readonly saveButton: Locator;
  readonly deleteButton: Locator;

  constructor(readonly page: Page) {
    // By role, not label: the label of a required field also holds its "*" marker.
    this.name = page.getByRole("textbox", { name: "Name", exact: true });
    this.provider = page.getByRole("combobox", { name: "Provider", exact: true });
    this.systemPrompt = page.getByRole("textbox", { name: "System prompt", exact: true });
    this.promptVariables = page.getByRole("list", { name: "Variables in the prompt" });
    this.addVariableButton = page.getByRole("button", { name: "Add variable", exact: true });
    this.saveButton = page.getByRole("button", { name: "Save changes", exact: true });
    this.deleteButton = page.getByRole("button", { name: "Delete", exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { name, level: 1 });
  }

  tool(label: string): Locator {
    return this.page.getByRole("checkbox", { name: label, exact: true });
  }

  variableName(row: number): Locator {
    return this.page.getByRole("textbox", { name: `Variable name (row ${row})`, exact: true });
  }

  variableValue(row: number): Locator {
    return this.page.getByRole("textbox", { name: `Variable value (row ${row})`, exact: true });
  }

  async save() {
    await this.saveButton.click();
    await expect(this.page.getByText("Changes saved", { exact: true })).toBeVisible();
  }

  /** Deletes the agent after confirming; lands back on the list. */
  async delete(name: string) {
    await this.deleteButton.click();
    const dialog = this.page.getByRole("dialog", { name: `Delete ${name}?` });
    await dialog.getByRole("button", { name: "Delete agent", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page).toHaveURL(/\/agents$/);
  }
}

/** Agents at /agents. */
export class AgentsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly newAgentButton: Locator;
  readonly addMissingButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Agents", level: 1 });
    this.table = page.getByRole("table");
    this.newAgentButton = page.getByRole("button", { name: "New agent", exact: true });
    this.addMissingButton = page.getByRole("button", { name: "Add missing default agents", exact: true });
  }

  async goto() {
    await this.page.goto("/agents");
    await expect(this.heading).toBeVisible();
  }

  /** The agents' names, top to bottom (each links to its editor; the "Chat with …" links are left out). */
  names(): Locator {
    return this.table.getByRole("link").filter({ hasNotText: /^Chat with / });
  }

  /** The table row of an agent, by its exact name. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  /** Opens the New agent dialog; returns it. */
  async openNewAgent(): Promise<Locator> {
    await this.newAgentButton.click();
    const dialog = this.page.getByRole("dialog", { name: "New agent" });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async open(name: string): Promise<AgentEditor> {
    await this.row(name).getByRole("link", { name, exact: true }).click();
    const editor = new AgentEditor(this.page);
    await expect(editor.heading(name)).toBeVisible();
    return editor;
  }
}
