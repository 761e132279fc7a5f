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

  navLink(label: "Overview" | "Clients" | "Members" | "Audit log"): Locator {
    return this.sidebar.getByRole("navigation").getByRole("link", { name: label, exact: true });
  }

  async signOut() {
    await this.signOutButton.click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
