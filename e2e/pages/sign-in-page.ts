import type { Locator, Page } from "@playwright/test";

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submitButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email", { exact: true });
    this.password = page.getByLabel("Password", { exact: true });
    this.submitButton = page.getByRole("button", { name: "Sign in", exact: true });
    // Scoped to the form: Next.js keeps its own role="alert" route announcer on every page.
    this.error = page.locator("form").getByRole("alert");
  }

  async goto() {
    await this.page.goto("/sign-in");
    await this.submitButton.waitFor();
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submitButton.click();
  }
}
