import { expect, type Locator, type Page } from "@playwright/test";

export type RoleLabel = "Owner" | "Admin" | "Manager" | "Member" | "Viewer";

/** Members and pending invitations at /members. */
export class MembersPage {
  readonly heading: Locator;
  readonly inviteButton: Locator;
  readonly invitations: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Members", level: 1 });
    this.inviteButton = page.getByRole("button", { name: "Invite member" });
    this.invitations = page.getByRole("region", { name: "Pending invitations" });
  }

  async goto() {
    await this.page.goto("/members");
    await expect(this.heading).toBeVisible();
  }

  /** The row of a member in the members table, by email. */
  memberRow(email: string): Locator {
    return this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: email, exact: true }) })
      .filter({ hasNot: this.page.getByRole("columnheader") });
  }

  /** The role picker of one member ("Access level for <name>"). */
  roleSelect(name: string): Locator {
    return this.page.getByLabel(`Access level for ${name}`, { exact: true });
  }

  /** The row of a pending invitation, by email. */
  invitationRow(email: string): Locator {
    return this.invitations.getByRole("row").filter({ hasText: email });
  }

  async invite(email: string, role: RoleLabel) {
    await this.inviteButton.click();
    const dialog = this.page.getByRole("dialog", { name: "Invite a member" });
    await expect(dialog).toBeVisible();
    // By role: the Email label also holds the required "*" marker.
    await dialog.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await dialog.getByRole("combobox", { name: "Role", exact: true }).selectOption({ label: role });
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(dialog).toBeHidden();
    await expect(this.invitationRow(email)).toContainText(role);
  }
}
