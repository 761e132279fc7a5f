import { expect, type Locator, type Page } from "@playwright/test";

/** The audit log at /audit. */
export class AuditPage {
  readonly heading: Locator;
  readonly verifyButton: Locator;
  readonly verifyStatus: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Audit log", level: 1 });
    this.verifyButton = page.getByRole("button", { name: "Verify chain" });
    this.verifyStatus = page.getByRole("status").filter({ hasText: /^(Verifying|Chain|The chain)/ });
    this.events = page.getByRole("table");
  }

  async goto() {
    await this.page.goto("/audit");
    await expect(this.heading).toBeVisible();
  }

  /** Rows of events with this exact action, optionally only those of one actor. */
  eventRows(action: string, actor?: string): Locator {
    let rows = this.events.getByRole("row").filter({ has: this.page.getByRole("cell", { name: action, exact: true }) });
    if (actor) rows = rows.filter({ has: this.page.getByRole("cell", { name: actor, exact: true }) });
    return rows;
  }

  async verifyChain() {
    await this.verifyButton.click();
    await expect(this.verifyStatus).toContainText(/Chain intact|Chain broken|could not be verified/);
  }
}
