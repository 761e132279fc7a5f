import { expect, type Locator, type Page } from "@playwright/test";

/** The dev mailbox at /dev/mailbox: captured outgoing email, newest first. */
export class MailboxPage {
  readonly heading: Locator;
  readonly emails: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Dev mailbox", level: 1 });
    this.emails = page.getByTestId("mailbox-email");
  }

  async goto() {
    await this.page.goto("/dev/mailbox");
    await expect(this.heading).toBeVisible();
  }

  /** Every email to `address`, newest first (the page's own order). */
  emailsTo(address: string): Locator {
    return this.emails.filter({ hasText: `To ${address} ·` });
  }

  /** The invitation link in the newest email to `address`. */
  async latestInvitationLink(address: string): Promise<string> {
    const newest = this.emailsTo(address).first();
    await expect(newest).toBeVisible();
    const link = newest.getByRole("link", { name: /\/invite\// });
    const href = await link.getAttribute("href");
    if (!href) throw new Error(`The newest email to ${address} has no invitation link.`);
    return href;
  }
}
