import { expect, type Locator, type Page } from "@playwright/test";

export type CampaignInput = {
  client: string;
  name: string;
  channels: string[];
  objective: string;
  budget: string;
  startDate: string;
};

/** The campaign list at /campaigns, with its create dialog and metrics import dialog. */
export class CampaignsPage {
  readonly heading: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Campaigns", level: 1 });
    this.importButton = page.getByRole("button", { name: "Import metrics" });
  }

  async goto() {
    await this.page.goto("/campaigns");
    await expect(this.heading).toBeVisible();
  }

  async createCampaign(input: CampaignInput) {
    await this.page.getByRole("button", { name: "New campaign" }).click();
    const dialog = this.page.getByRole("dialog", { name: "New campaign" });
    await dialog.getByRole("combobox", { name: "Client" }).selectOption({ label: input.client });
    await dialog.getByRole("textbox", { name: "Name" }).fill(input.name);
    for (const channel of input.channels) await dialog.getByRole("checkbox", { name: channel, exact: true }).check();
    await dialog.getByRole("textbox", { name: "Objective" }).fill(input.objective);
    await dialog.getByRole("spinbutton", { name: "Budget" }).fill(input.budget);
    await dialog.getByLabel("Start date").fill(input.startDate);
    await dialog.getByRole("button", { name: "Create campaign" }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole("link", { name: input.name, exact: true })).toBeVisible();
  }

  /** Opens the import dialog, chooses the file and maps the columns whose headers differ. */
  async openImport(file: { name: string; buffer: Buffer }, mapping: Record<string, string> = {}) {
    await this.importButton.click();
    const dialog = this.page.getByRole("dialog", { name: "Import daily metrics" });
    await dialog.getByLabel("CSV file").setInputFiles({ name: file.name, mimeType: "text/csv", buffer: file.buffer });
    for (const [field, column] of Object.entries(mapping)) {
      await dialog.getByLabel(field, { exact: true }).selectOption(column);
    }
    return dialog;
  }
}
