import { expect, test, trpcQueryUrl, uniqueSuffix } from "./fixtures";
import { ClientDetailPage, ClientsPage } from "./pages/clients-page";

test.describe("tenant isolation", () => {
  test("another agency cannot see a client, by page, list or API", async ({ page, signUpAgency, newUserPage }) => {
    const suffix = uniqueSuffix();
    const secretClient = `Secret Client ${suffix}`;
    const ownClient = `Own Client ${suffix}`;

    // Agency A creates a client and notes its URL.
    await signUpAgency(page);
    const clientsA = new ClientsPage(page);
    await clientsA.goto();
    await clientsA.createClient({ name: secretClient, industry: "Confidential" });
    const id = await clientsA.openClient(secretClient);
    const clientPath = `/clients/${id}`;
    await expect(new ClientDetailPage(page).heading).toHaveText(secretClient);

    // Agency B, another person in another browser context, has a client of its own.
    const pageB = await newUserPage();
    await signUpAgency(pageB);
    const clientsB = new ClientsPage(pageB);
    await clientsB.goto();
    await clientsB.createClient({ name: ownClient });

    await test.step("A's client URL shows Client not found to B", async () => {
      const detail = new ClientDetailPage(pageB);
      await detail.goto(id);
      await expect(detail.notFound).toBeVisible();
      await expect(pageB).toHaveURL(new RegExp(`${clientPath}$`));
      await expect(pageB.getByText(secretClient)).toHaveCount(0);
      expect(await pageB.content()).not.toContain(secretClient);
    });

    await test.step("B's list does not contain A's client", async () => {
      await clientsB.goto();
      await expect(clientsB.clientLink(ownClient)).toBeVisible();
      await expect(clientsB.clientLink(secretClient)).toHaveCount(0);
      await clientsB.showOnly("All");
      await clientsB.search.fill(secretClient);
      await expect(clientsB.emptyState).toHaveText("No clients match these filters");
      await expect(pageB.getByText(secretClient, { exact: true })).toHaveCount(0);
    });

    await test.step("B's API call answers 404", async () => {
      const response = await pageB.request.get(trpcQueryUrl("clients.get", { id }));
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(secretClient);
    });

    // The same URL and API call still work for A: the 404 is isolation, not a broken link.
    const response = await page.request.get(trpcQueryUrl("clients.get", { id }));
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(secretClient);
  });
});
