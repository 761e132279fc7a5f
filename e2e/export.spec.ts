import { readFile } from "node:fs/promises";
import { expect, test, uniqueSuffix } from "./fixtures";

test.describe("CSV export", () => {
  test("the clients list downloads as CSV with the current filters", async ({ sharedOwnerPage: page }) => {
    const name = `Exported ${uniqueSuffix()}`;
    const created = await page.request.post("/api/trpc/clients.create", { data: { json: { name } } });
    expect(created.status()).toBe(200);
    await page.goto("/clients");
    await page.getByLabel("Search clients").fill(name);
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    // The search is debounced: export once the link carries it.
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute(
      "href",
      new RegExp(encodeURIComponent(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^clients-.*\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("id,name,website,industry,status,tags,archived_at,created_at");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(name);
  });

  test("an unknown list or malformed filters answer 4xx with a message", async ({ sharedOwnerPage: page }) => {
    const unknown = await page.request.get("/api/export/secrets");
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toContain("Use one of: clients, campaigns, contacts, tasks");
    const malformed = await page.request.get("/api/export/clients?filters=%7Bnope");
    expect(malformed.status()).toBe(400);
    const unknownField = await page.request.get(`/api/export/clients?filters=${encodeURIComponent('{"evil":1}')}`);
    expect(unknownField.status()).toBe(400);
  });
});
