import { expect, newAccount, test } from "./fixtures";
import { AppShell } from "./pages/app-shell";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";

test.describe("accounts", () => {
  test("sign up lands on the new agency's dashboard; sign out and in again", async ({ page, signUpAgency }) => {
    const account = await signUpAgency(page);
    const shell = new AppShell(page);

    await test.step("the dashboard shows the agency", async () => {
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome to ${account.agencyName}`);
      await expect(shell.activeAgency).toHaveText(account.agencyName);
      await expect(shell.currentUserEmail).toHaveText(account.email);
      await expect(page.getByText(`Signed in as ${account.name} · Owner`)).toBeVisible();
    });

    await test.step("sign out closes the dashboard", async () => {
      await shell.signOut();
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/sign-in$/);
    });

    await test.step("sign in again", async () => {
      const signIn = new SignInPage(page);
      await signIn.signIn(account.email, account.password);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(shell.activeAgency).toHaveText(account.agencyName);
    });
  });

  test("a wrong password is refused with a plain message", async ({ page, sharedOwner }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    // The suite's only deliberate failed sign-in: the limits are per account and per IP.
    await signIn.signIn(sharedOwner.account.email, `${sharedOwner.account.password}-wrong`);
    await expect(signIn.error).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(signIn.submitButton).toBeEnabled();
  });

  test("a password under 12 characters is refused and creates nothing", async ({ page }) => {
    const account = newAccount();
    const signUp = new SignUpPage(page);
    await signUp.goto();

    const signUpCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc/accounts.signUp")) signUpCalls.push(request.url());
    });
    await signUp.submit({ ...account, password: "short-pass1" });
    await expect(signUp.fieldError("Password")).toHaveText("Password must be at least 12 characters.");
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/sign-up$/);
    expect(signUpCalls).toEqual([]);

    // Nothing was created: the same email still signs up (a taken one is refused).
    await signUp.submit(account);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: `Welcome to ${account.agencyName}` })).toBeVisible();
    await expect(new AppShell(page).currentUserEmail).toHaveText(account.email);
  });
});
