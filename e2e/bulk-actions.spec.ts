import type { Page } from "@playwright/test";
import { expect, test, uniqueSuffix } from "./fixtures";
import { BulkActionsBar } from "./pages/bulk-actions-bar";
import { ClientsPage } from "./pages/clients-page";

type TrpcResult<T> = { result: { data: { json: T } } };

/** Calls a tRPC mutation as the signed-in page and returns its output. */
async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.status(), `${path} failed: ${await response.text()}`).toBe(200);
  return ((await response.json()) as TrpcResult<T>).result.data.json;
}

async function createClient(page: Page, name: string): Promise<string> {
  return (await mutate<{ id: string }>(page, "clients.create", { name })).id;
}

/** A row of the page's table, found by the text it holds. */
const row = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });

test.describe("bulk actions", () => {
  test("clients are archived in bulk and show up under archived", async ({ page, signUpAgency }) => {
    // An agency of its own: the list holds only this test's rows, so no search has to settle first.
    await signUpAgency(page);
    const suffix = uniqueSuffix();
    const [ana, ben, cleo] = ["Ana", "Ben", "Cleo"].map((name) => `Bulk ${name} ${suffix}`) as [string, string, string];
    for (const name of [ana, ben, cleo]) await createClient(page, name);

    const clients = new ClientsPage(page);
    const bulk = new BulkActionsBar(page);
    await clients.goto();
    await expect(clients.clientLink(cleo)).toBeVisible();
    await expect(bulk.bar).toBeHidden();

    await bulk.select(ana, ben);
    await expect(bulk.bar).toContainText("2 selected");
    await expect(bulk.bar.getByRole("button", { name: "Restore selected" })).toHaveCount(0);
    await bulk.bar.getByRole("button", { name: "Archive selected" }).click();
    await expect(bulk.toast("Archived 2 clients")).toBeVisible();
    await expect(bulk.bar).toBeHidden();
    await expect(clients.clientLink(ana)).toHaveCount(0);
    await expect(clients.clientLink(ben)).toHaveCount(0);
    await expect(clients.clientLink(cleo)).toBeVisible();

    await clients.showOnly("Archived");
    await expect(clients.clientLink(ana)).toBeVisible();
    await expect(clients.clientLink(ben)).toBeVisible();
    await expect(clients.clientLink(cleo)).toHaveCount(0);
    await bulk.selectAll.check();
    await expect(bulk.bar).toContainText("2 selected");
    await expect(bulk.bar.getByRole("button", { name: "Restore selected" })).toBeVisible();
    await expect(bulk.bar.getByRole("button", { name: "Archive selected" })).toHaveCount(0);

    // Another filter is another list: the selection does not carry over.
    await clients.showOnly("Active");
    await expect(clients.clientLink(cleo)).toBeVisible();
    await expect(bulk.bar).toBeHidden();
    await expect(bulk.row(cleo)).not.toBeChecked();
  });

  test("a refused campaign move changes nothing; an allowed one goes through", async ({ page, signUpAgency }) => {
    // An agency of its own: the list holds only this test's rows, so no search has to settle first.
    await signUpAgency(page);
    const suffix = uniqueSuffix();
    const clientId = await createClient(page, `Bulk campaigns client ${suffix}`);
    const campaign = (name: string, startDate: string) =>
      mutate<{ id: string }>(page, "campaigns.create", {
        clientId,
        name,
        channels: ["search"],
        objective: "o",
        budget: 100,
        currency: "USD",
        startDate,
      });
    // The list sorts by start date, newest first, so the scheduled one is moved first and must be rolled back.
    const scheduled = `Bulk scheduled ${suffix}`;
    const draft = `Bulk draft ${suffix}`;
    const { id: scheduledId } = await campaign(scheduled, "2030-02-01");
    await campaign(draft, "2030-01-01");
    await mutate(page, "campaigns.transition", { id: scheduledId, to: "scheduled" });

    const bulk = new BulkActionsBar(page);
    await page.goto("/campaigns");
    await expect(row(page, draft)).toContainText("Draft");
    await expect(row(page, scheduled)).toContainText("Scheduled");

    await bulk.selectAll.check();
    await expect(bulk.bar).toContainText("2 selected");
    await bulk.bar.getByLabel("Change status").selectOption({ label: "Active" });
    await bulk.bar.getByRole("button", { name: "Apply" }).click();
    await expect(
      bulk.toast(
        `${draft}: A draft campaign cannot become active. From draft it can become: scheduled, archived. Nothing was changed.`,
      ),
    ).toBeVisible();
    await expect(bulk.bar).toContainText("2 selected");

    await page.reload();
    await expect(row(page, scheduled)).toContainText("Scheduled");
    await expect(row(page, draft)).toContainText("Draft");

    await bulk.select(draft);
    await bulk.bar.getByLabel("Change status").selectOption({ label: "Scheduled" });
    await bulk.bar.getByRole("button", { name: "Apply" }).click();
    await expect(bulk.toast("Moved 1 campaign to Scheduled")).toBeVisible();
    await expect(bulk.bar).toBeHidden();
    await expect(row(page, draft)).toContainText("Scheduled");

    await page.reload();
    await expect(row(page, draft)).toContainText("Scheduled");
  });

  test("contacts are deleted in bulk after a confirmation", async ({ page, signUpAgency }) => {
    // An agency of its own: the list holds only this test's rows, so no search has to settle first.
    await signUpAgency(page);
    const suffix = uniqueSuffix();
    const clientId = await createClient(page, `Bulk contacts client ${suffix}`);
    const [ana, ben, cleo] = ["Ana", "Ben", "Cleo"].map((name) => `${name} ${suffix}`) as [string, string, string];
    for (const name of [ana, ben, cleo]) await mutate(page, "contacts.create", { clientId, name });

    const bulk = new BulkActionsBar(page);
    await page.goto("/contacts");
    await expect(row(page, cleo)).toBeVisible();

    await bulk.select(ana, ben);
    await bulk.bar.getByRole("button", { name: "Delete selected" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete 2 contacts?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(row(page, ana)).toBeVisible();
    await expect(bulk.bar).toContainText("2 selected");

    await bulk.bar.getByRole("button", { name: "Delete selected" }).click();
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(bulk.toast("Deleted 2 contacts")).toBeVisible();
    await expect(confirm).toBeHidden();
    await expect(bulk.bar).toBeHidden();
    await expect(row(page, ana)).toHaveCount(0);
    await expect(row(page, ben)).toHaveCount(0);
    await expect(row(page, cleo)).toBeVisible();

    await page.reload();
    await expect(row(page, cleo)).toBeVisible();
    await expect(row(page, ana)).toHaveCount(0);
  });

  test("the task list keeps its bulk status change on the shared selection", async ({ page, signUpAgency }) => {
    await signUpAgency(page);
    const suffix = uniqueSuffix();
    const [brief, report] = ["Brief", "Report"].map((title) => `${title} ${suffix}`) as [string, string];
    for (const title of [brief, report]) await mutate(page, "tasks.create", { title });

    await page.goto("/tasks");
    await page.getByRole("tab", { name: "List" }).click();
    const bar = page.getByRole("region", { name: "Bulk actions" });
    await page.getByRole("checkbox", { name: "Select all", exact: true }).check();
    await expect(bar).toContainText("2 selected");
    await page.getByRole("checkbox", { name: `Select ${brief}`, exact: true }).uncheck();
    await expect(bar).toContainText("1 selected");
    await bar.getByLabel("Set status").selectOption({ label: "Completed" });
    await bar.getByRole("button", { name: "Apply" }).click();
    await expect(page.locator('[data-slot="toast"]').filter({ hasText: "1 task updated" })).toBeVisible();
    await expect(bar).toBeHidden();
    await expect(row(page, report)).toContainText("Completed");
    await expect(row(page, brief)).toContainText("Pending");
  });
});
