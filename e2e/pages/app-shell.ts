import type { Locator, Page } from "@playwright/test";

/** The dashboard frame around every signed-in page: sidebar, agency switcher, user menu. */
export class AppShell {
  readonly sidebar: Locator;
  readonly activeAgency: Locator;
  readonly currentUserEmail: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole("complementary", { name: "Main" });
    this.activeAgency = page.getByTestId("active-org");
    this.currentUserEmail = page.getByTestId("current-user-email");
    this.signOutButton = page.getByRole("button", { name: "Sign out" });
  }

  navLink(
    label:
      | "Overview"
      | "Agents"
      | "Tools"
      | "Workflows"
      | "Runs"
      | "Approvals"
      | "Clients"
      | "Members"
      | "Model providers"
      | "Audit log",
  ): Locator {
    return this.sidebar.getByRole("navigation").getByRole("link", { name: label, exact: true });
  }

  /** Starts another agency from the switcher; lands on its (empty) dashboard. */
  async createAgency(name: string) {
    await this.page.getByRole("button", { name: "Switch agency" }).click();
    await this.page.getByRole("menuitem", { name: "New agency" }).click();
    const dialog = this.page.getByRole("dialog", { name: "New agency" });
    await dialog.getByRole("textbox", { name: "Agency name" }).fill(name);
    await dialog.getByRole("button", { name: "Create agency" }).click();
    await this.page.getByRole("heading", { name: `Welcome to ${name}` }).waitFor();
  }

  async switchTo(name: string) {
    await this.page.getByRole("button", { name: "Switch agency" }).click();
    await this.page.getByRole("menuitem", { name }).click();
    await this.page.getByRole("heading", { name: `Welcome to ${name}` }).waitFor();
  }

  async signOut() {
    await this.signOutButton.click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
