import { expect, test, uniqueSuffix } from "./fixtures";

type TrpcResult<T> = { result: { data: { json: T } } };

test.describe("contacts", () => {
  test("a segment's live count follows its rules, and it saves with that count", async ({ sharedOwnerPage: page }) => {
    const suffix = uniqueSuffix();
    const client = await page.request.post("/api/trpc/clients.create", {
      data: { json: { name: `Contacts client ${suffix}` } },
    });
    const clientId = ((await client.json()) as TrpcResult<{ id: string }>).result.data.json.id;
    const tag = `vip-${suffix}`;
    for (const [name, tags] of [
      ["Ana", [tag]],
      ["Ben", [tag]],
      ["Cleo", []],
    ] as const) {
      const created = await page.request.post("/api/trpc/contacts.create", {
        data: { json: { clientId, name: `${name} ${suffix}`, tags } },
      });
      expect(created.status()).toBe(200);
    }

    await page.goto("/contacts");
    await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
    await page.getByRole("tab", { name: "Segments" }).click();
    await page.getByRole("button", { name: "New segment" }).click();
    await page.getByLabel("Segment name").fill(`VIPs ${suffix}`);
    await page.getByLabel("Rule 1 value").fill(tag);
    await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText(/^2 contacts match/);
    await page.getByLabel("Rule 1 operator").selectOption({ label: "is not" });
    await expect(page.getByRole("status").filter({ hasText: "match" })).not.toHaveText(/^2 contacts match/);
    await page.getByLabel("Rule 1 operator").selectOption({ label: "is" });
    await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText(/^2 contacts match/);
    await page.getByRole("button", { name: "Save segment" }).click();
    await expect(page.getByRole("row").filter({ hasText: `VIPs ${suffix}` })).toContainText("2 contacts");
  });
});
