import { expect, type Locator, type Page } from "@playwright/test";

/** The approvals inbox at /approvals. */
export class ApprovalsPage {
  readonly heading: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Approvals", level: 1 });
    this.emptyState = page.getByRole("heading", { name: "No approvals waiting" });
  }

  async goto() {
    await this.page.goto("/approvals");
    await expect(this.heading).toBeVisible();
  }

  /** A waiting approval, by the name of its workflow. */
  approval(workflowName: string): Locator {
    return this.page.getByRole("article", { name: workflowName, exact: true });
  }

  /** Approves or rejects with a comment; waits until the approval has left the inbox. */
  async decide(workflowName: string, decision: "Approve" | "Reject", comment: string) {
    const approval = this.approval(workflowName);
    await approval.getByRole("textbox", { name: "Comment (optional)" }).fill(comment);
    await approval.getByRole("button", { name: decision, exact: true }).click();
    const toast = this.page
      .locator('[data-slot="toast"]')
      .filter({ hasText: decision === "Approve" ? "Approved" : "Rejected" });
    await expect(toast).toBeVisible();
    await expect(approval).toHaveCount(0);
  }
}
