import { expect, test, uniqueSuffix } from "./fixtures";
import { CampaignsPage } from "./pages/campaigns-page";

type TrpcResult<T> = { result: { data: { json: T } } };

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

test.describe("analytics and tasks", () => {
  test("the dashboard is empty, then shows the numbers of an import", async ({ page, signUpAgency }) => {
    await signUpAgency(page);
    const client = await page.request.post("/api/trpc/clients.create", { data: { json: { name: "Dash client" } } });
    const clientId = ((await client.json()) as TrpcResult<{ id: string }>).result.data.json.id;
    const name = `Dash campaign ${uniqueSuffix()}`;
    const campaign = await page.request.post("/api/trpc/campaigns.create", {
      data: {
        json: {
          clientId,
          name,
          channels: ["search"],
          objective: "o",
          budget: 100,
          currency: "USD",
          startDate: isoDay(60),
        },
      },
    });
    expect(campaign.status()).toBe(200);

    await page.goto("/analytics");
    await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
    await expect(page.getByText("No metrics in this period")).toBeVisible();

    const campaigns = new CampaignsPage(page);
    await campaigns.goto();
    const csv = [
      "date,campaign,channel,impressions,clicks,conversions,spend,revenue",
      `${isoDay(2)},${name},search,1000,50,5,100.25,400`,
      `${isoDay(1)},${name},search,1000,30,1,30.25,50`,
      `${isoDay(1)},${name},social,1000,30,1,30.25,50`,
    ].join("\n");
    const dialog = await campaigns.openImport({ name: "week.csv", buffer: Buffer.from(csv) });
    await dialog.getByRole("button", { name: "Check file" }).click();
    await expect(dialog.getByText("3 rows, 2 valid")).toBeVisible();
    await dialog.getByRole("button", { name: "Import 2 valid rows" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Imported: 2 new, 0 updated");

    await page.goto("/analytics");
    await expect(page.getByRole("region", { name: "Spend" })).toContainText("$130.50");
    await expect(page.getByRole("region", { name: "Revenue" })).toContainText("$450.00");
    await expect(page.getByRole("region", { name: "CTR" })).toContainText("4.00%");
    await expect(page.getByText("No metrics in this period")).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath("analytics.png"), fullPage: true });
  });

  test("a task moves across the board and stays moved", async ({ sharedOwnerPage: page }) => {
    const title = `Brief ${uniqueSuffix()}`;
    await page.goto("/tasks");
    await page.getByRole("button", { name: "New task" }).click();
    const dialog = page.getByRole("dialog", { name: "New task" });
    await dialog.getByRole("textbox", { name: "Title" }).fill(title);
    await dialog.getByRole("button", { name: "Create task" }).click();
    await expect(dialog).toBeHidden();

    const pending = page.getByRole("region", { name: "Pending" });
    const completed = page.getByRole("region", { name: "Completed" });
    await expect(pending.getByText(title)).toBeVisible();
    await page.getByLabel(`Status of ${title}`).selectOption({ label: "Completed" });
    await expect(completed.getByText(title)).toBeVisible();
    await expect(pending.getByText(title)).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole("region", { name: "Completed" }).getByText(title)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("tasks-board.png"), fullPage: true });
  });
});
