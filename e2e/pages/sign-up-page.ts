import type { Locator, Page } from "@playwright/test";

export type SignUpFields = { name: string; email: string; password: string; agencyName: string };

export class SignUpPage {
  readonly heading: Locator;
  readonly submitButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.submitButton = page.getByRole("button", { name: "Create agency" });
  }

  async goto() {
    await this.page.goto("/sign-up");
    await this.submitButton.waitFor();
  }

  async fill(fields: SignUpFields) {
    await this.page.getByLabel("Your name", { exact: true }).fill(fields.name);
    await this.page.getByLabel("Work email", { exact: true }).fill(fields.email);
    await this.page.getByLabel("Password", { exact: true }).fill(fields.password);
    await this.page.getByLabel("Agency name", { exact: true }).fill(fields.agencyName);
  }

  async submit(fields: SignUpFields) {
    await this.fill(fields);
    await this.submitButton.click();
  }

  /** The inline error under one field, by its label. */
  fieldError(label: string): Locator {
    return this.page
      .locator('[data-slot="form-field"]', { has: this.page.getByLabel(label, { exact: true }) })
      .getByRole("alert");
  }
}
