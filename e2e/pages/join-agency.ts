import { expect, type Page } from "@playwright/test";
import { InvitationPage } from "./invitation-page";
import { MailboxPage } from "./mailbox-page";
import { MembersPage, type RoleLabel } from "./members-page";

export type Invitee = { name: string; email: string; password: string; role: RoleLabel };

/**
 * Invites `invitee` from `ownerPage` (an owner or admin), then accepts the emailed link on
 * `inviteePage` (a page in its own browser context) and waits for the agency's dashboard.
 */
export async function inviteAndJoin(ownerPage: Page, inviteePage: Page, invitee: Invitee, agencyName: string) {
  const members = new MembersPage(ownerPage);
  await members.goto();
  await members.invite(invitee.email, invitee.role);
  const mailbox = new MailboxPage(ownerPage);
  await mailbox.goto();
  const link = await mailbox.latestInvitationLink(invitee.email);

  const invitation = new InvitationPage(inviteePage);
  await invitation.goto(link);
  await invitation.createAccount(invitee.name, invitee.password);
  await expect(inviteePage.getByRole("heading", { name: `Welcome to ${agencyName}` })).toBeVisible();
}
