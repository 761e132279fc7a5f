import { expect, test, uniqueSuffix } from "./fixtures";
import { AppShell } from "./pages/app-shell";
import { ClientsPage } from "./pages/clients-page";
import { SignInPage } from "./pages/sign-in-page";

test.describe("agencies", () => {
  test("one person runs two agencies and switches between them; data stays apart", async ({ page, signUpAgency }) => {
    const account = await signUpAgency(page);
    const shell = new AppShell(page);
    const clients = new ClientsPage(page);
    const clientOfFirst = `First agency client ${uniqueSuffix()}`;
    const second = `Second Agency ${uniqueSuffix()}`;

    await clients.goto();
    await clients.createClient({ name: clientOfFirst });

    await shell.createAgency(second);
    await expect(shell.activeAgency).toHaveText(second);
    await clients.goto();
    await expect(clients.emptyState).toHaveText("No clients yet");
    await expect(page.getByText(clientOfFirst)).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath("second-agency.png"), fullPage: true });

    await shell.switchTo(account.agencyName);
    await expect(shell.activeAgency).toHaveText(account.agencyName);
    await clients.goto();
    await expect(clients.clientLink(clientOfFirst)).toBeVisible();
  });

  test("a signed-in person who opens sign-in or sign-up goes to the dashboard", async ({ sharedOwnerPage: page }) => {
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/sign-up");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(new SignInPage(page).submitButton).toHaveCount(0);
  });
});
