import { expect, test, uniqueSuffix } from "./fixtures";
import { CampaignsPage } from "./pages/campaigns-page";
import { ClientsPage } from "./pages/clients-page";

test.describe("campaigns", () => {
  test("a CSV with errors is reported line by line, imports nothing, then imports its valid rows", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const suffix = uniqueSuffix();
    const clientName = `Harbor ${suffix}`;
    const campaignName = `Autumn Push ${suffix}`;
    const clients = new ClientsPage(page);
    await clients.goto();
    await clients.createClient({ name: clientName });

    const campaigns = new CampaignsPage(page);
    await campaigns.goto();
    await campaigns.createCampaign({
      client: clientName,
      name: campaignName,
      channels: ["Search", "Social"],
      objective: "Leads for the autumn offer",
      budget: "2500",
      startDate: "2026-09-01",
    });

    const csv = [
      "Day,Campaign,Channel,Impressions,Clicks,Conversions,Cost,Revenue",
      `2026-09-01,${campaignName},search,1000,40,3,120.50,300`,
      `2026-09-31,${campaignName},search,1000,40,3,120,300`,
      `2026-09-02,Unknown campaign,search,10,1,0,1,1`,
      `2026-09-03,${campaignName},social,100,5,0,-5,0`,
      `2026-09-04,${campaignName},social,100,5,0,10,20`,
    ].join("\n");
    const dialog = await campaigns.openImport(
      { name: "metrics.csv", buffer: Buffer.from(csv) },
      { Date: "Day", Spend: "Cost" },
    );

    await dialog.getByRole("button", { name: "Check file" }).click();
    await expect(dialog.getByText("5 rows, 2 valid")).toBeVisible();
    await expect(dialog.getByText(/Nothing was imported/)).toBeVisible();
    const problems = dialog.getByRole("table", { name: "Problems found" });
    await expect(problems.getByRole("row")).toHaveCount(4); // header + 3 problems
    await expect(problems).toContainText("does not exist");
    await expect(problems).toContainText('no campaign "Unknown campaign"');
    await expect(problems).toContainText("spend must not be negative");
    await expect(dialog.getByRole("button", { name: "Import all rows" })).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath("import-report.png"), fullPage: true });

    await dialog.getByRole("button", { name: "Import 2 valid rows" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Imported: 2 new, 0 updated");

    // The same day and channel again replaces the numbers instead of adding a row.
    await page.keyboard.press("Escape");
    const again = await campaigns.openImport(
      {
        name: "again.csv",
        buffer: Buffer.from(`${csv.split("\n")[0]}\n2026-09-01,${campaignName},search,2000,80,6,240,600\n`),
      },
      { Date: "Day", Spend: "Cost" },
    );
    await again.getByRole("button", { name: "Check file" }).click();
    await expect(again.getByText("1 row, 1 valid")).toBeVisible();
    await again.getByRole("button", { name: "Import all rows" }).click();
    await expect(again.getByRole("status")).toHaveText("Imported: 0 new, 1 updated");
  });

  test("a forbidden status move is refused by the API with the allowed moves", async ({ sharedOwnerPage: page }) => {
    const clientResponse = await page.request.post("/api/trpc/clients.create", {
      data: { json: { name: `C ${uniqueSuffix()}` } },
    });
    const clientId = ((await clientResponse.json()) as { result: { data: { json: { id: string } } } }).result.data.json
      .id;
    const created = await page.request.post("/api/trpc/campaigns.create", {
      data: {
        json: {
          clientId,
          name: `Draft ${uniqueSuffix()}`,
          channels: ["email"],
          objective: "o",
          budget: 10,
          currency: "USD",
          startDate: "2026-01-01",
        },
      },
    });
    expect(created.status()).toBe(200);
    const id = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
    const moved = await page.request.post("/api/trpc/campaigns.transition", {
      data: { json: { id, to: "completed" } },
    });
    expect(moved.status()).toBe(412);
    expect(JSON.stringify(await moved.json())).toContain(
      "A draft campaign cannot become completed. From draft it can become: scheduled, archived.",
    );
  });
});
