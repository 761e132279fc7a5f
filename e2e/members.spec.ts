import { errorMessage, expect, test, uniqueSuffix } from "./fixtures";
import { AppShell } from "./pages/app-shell";
import { ClientsPage } from "./pages/clients-page";
import { InvitationPage } from "./pages/invitation-page";
import { MailboxPage } from "./pages/mailbox-page";
import { MembersPage } from "./pages/members-page";

test.describe("members", () => {
  test("an invited viewer joins by email link and may only look", async ({ page, signUpAgency, newUserPage }) => {
    const owner = await signUpAgency(page);
    const suffix = uniqueSuffix();
    const viewer = {
      name: `Vera Viewer ${suffix}`,
      email: `viewer-${suffix}@e2e.example.com`,
      password: `viewer pass ${suffix}`,
    };

    await test.step("the owner invites a viewer", async () => {
      const members = new MembersPage(page);
      await members.goto();
      await expect(members.memberRow(owner.email)).toContainText(owner.name);
      await members.invite(viewer.email, "Viewer");
      await page.screenshot({ path: test.info().outputPath("members-invited.png"), fullPage: true });
    });

    const mailbox = new MailboxPage(page);
    await mailbox.goto();
    await expect(mailbox.emailsTo(viewer.email).first()).toContainText(
      `You're invited to ${owner.agencyName} on Switchboard`,
    );
    const link = await mailbox.latestInvitationLink(viewer.email);
    expect(new URL(link).pathname).toMatch(/^\/invite\/[A-Za-z0-9_-]{20,}$/);

    const viewerPage = await newUserPage();
    await test.step("the viewer creates an account from the link", async () => {
      const invitation = new InvitationPage(viewerPage);
      await invitation.goto(link);
      await expect(invitation.heading).toHaveText(`Join ${owner.agencyName}`);
      await expect(viewerPage.getByText(`as Viewer with ${viewer.email}`)).toBeVisible();
      await invitation.createAccount(viewer.name, viewer.password);
      await expect(viewerPage).toHaveURL(/\/dashboard$/);
      await expect(viewerPage.getByRole("heading", { name: `Welcome to ${owner.agencyName}` })).toBeVisible();
      const shell = new AppShell(viewerPage);
      await expect(shell.activeAgency).toHaveText(owner.agencyName);
      await expect(shell.currentUserEmail).toHaveText(viewer.email);
    });

    await test.step("the viewer sees Members but not the Audit log", async () => {
      const shell = new AppShell(viewerPage);
      await expect(shell.navLink("Clients")).toBeVisible();
      await expect(shell.navLink("Members")).toBeVisible();
      await expect(shell.navLink("Audit log")).toHaveCount(0);
    });

    await test.step("the viewer gets no New client button", async () => {
      const clients = new ClientsPage(viewerPage);
      await clients.goto();
      await expect(viewerPage.getByText("Ask a member or admin to add one.")).toBeVisible();
      await expect(clients.newClientButton).toHaveCount(0);
    });

    await test.step("the API refuses the viewer's mutation", async () => {
      const response = await viewerPage.request.post("/api/trpc/clients.create", { data: { json: { name: "Nope" } } });
      expect(response.status()).toBe(403);
      expect(errorMessage(await response.json())).toMatch(/role \(viewer\)/);
    });

    await test.step("the owner sees the new member with role Viewer", async () => {
      const members = new MembersPage(page);
      await members.goto();
      await expect(members.memberRow(viewer.email)).toContainText(viewer.name);
      await expect(members.roleSelect(viewer.name)).toHaveValue("viewer");
      await expect(members.invitationRow(viewer.email)).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath("members.png"), fullPage: true });
    });

    await test.step("the link works only once", async () => {
      const invitation = new InvitationPage(await newUserPage());
      await invitation.goto(link);
      await expect(invitation.heading).toHaveText("Invitation unavailable");
      await expect(invitation.error).toHaveText("This invitation has already been used. Sign in instead.");
      await expect(invitation.createAccountButton).toHaveCount(0);
    });
  });
});
