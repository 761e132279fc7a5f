import { expect, test, uniqueSuffix } from "./fixtures";
import { AuditPage } from "./pages/audit-page";
import { ClientDetailPage, ClientsPage } from "./pages/clients-page";

test.describe("clients", () => {
  test("create, edit, archive and restore a client; every change is audited", async ({ page, signUpAgency }) => {
    const account = await signUpAgency(page);
    const suffix = uniqueSuffix();
    const original = `Acme Outdoor ${suffix}`;
    const renamed = `Acme Outdoor Group ${suffix}`;
    const clients = new ClientsPage(page);
    const detail = new ClientDetailPage(page);

    await test.step("create via New client", async () => {
      await clients.goto();
      await expect(clients.emptyState).toHaveText("No clients yet");
      await clients.createClient({ name: original, industry: "Retail", website: "https://acme.example.com" });
      await expect(clients.clientRow(original)).toContainText("Retail");
    });

    let id = "";
    await test.step("open and edit", async () => {
      id = await clients.openClient(original);
      await expect(detail.heading).toHaveText(original);
      await detail.edit({ name: renamed, industry: "Outdoor retail", tags: "spring, q3-launch" });
      await expect(detail.heading).toHaveText(renamed);
      await expect(detail.details.getByRole("textbox", { name: "Industry", exact: true })).toHaveValue(
        "Outdoor retail",
      );
      await expect(detail.details.getByRole("textbox", { name: "Tags", exact: true })).toHaveValue("spring, q3-launch");
    });

    await test.step("archive: leaves the Active list, shows under Archived", async () => {
      await detail.archive();
      await detail.backToList.click();
      await expect(clients.heading).toBeVisible();
      await expect(clients.show).toHaveValue("active");
      await expect(clients.emptyState).toHaveText("No clients yet");
      await expect(clients.clientLink(renamed)).toHaveCount(0);

      await clients.showOnly("Archived");
      await expect(clients.clientLink(renamed)).toBeVisible();
      await expect(clients.clientRow(renamed)).toContainText("Archived");
      await page.screenshot({ path: test.info().outputPath("clients-archived.png"), fullPage: true });
    });

    await test.step("restore: back in the Active list", async () => {
      await clients.openClient(renamed);
      await expect(page).toHaveURL(new RegExp(`/clients/${id}$`));
      await detail.restore();
      await detail.backToList.click();
      await expect(clients.show).toHaveValue("active");
      await expect(clients.clientLink(renamed)).toBeVisible();
      await clients.showOnly("Archived");
      await expect(clients.emptyState).toHaveText("No clients match these filters");
      await clients.showOnly("Active");
      await expect(clients.clientLink(renamed)).toBeVisible();
      await page.screenshot({ path: test.info().outputPath("clients.png"), fullPage: true });
    });

    await test.step("the audit log shows the changes and the chain holds", async () => {
      const audit = new AuditPage(page);
      await audit.goto();
      await expect(audit.eventRows("client.create", account.email)).toHaveCount(1);
      await expect(audit.eventRows("client.create", account.email)).toContainText(id);
      await expect(audit.eventRows("client.update", account.email)).toHaveCount(1);
      await expect(audit.eventRows("client.archive", account.email)).toHaveCount(1);
      await expect(audit.eventRows("client.restore", account.email)).toHaveCount(1);

      await audit.verifyChain();
      await expect(audit.verifyStatus).toContainText(/^Chain intact: \d+ events checked, none altered or missing\.$/);
      await page.screenshot({ path: test.info().outputPath("audit.png"), fullPage: true });
    });
  });
});
