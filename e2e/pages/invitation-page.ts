import type { Locator, Page } from "@playwright/test";

/** An invitation link, /invite/<token>, as the invited person sees it. */
export class InvitationPage {
  readonly heading: Locator;
  readonly createAccountButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.createAccountButton = page.getByRole("button", { name: "Create account and join" });
    this.error = page.getByRole("main").getByRole("alert");
  }

  async goto(link: string) {
    await this.page.goto(link);
  }

  async createAccount(name: string, password: string) {
    await this.page.getByLabel("Your name", { exact: true }).fill(name);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.createAccountButton.click();
  }
}
