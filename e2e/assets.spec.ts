import type { Page } from "@playwright/test";
import sharp from "sharp";
import { errorMessage, expect, test, trpcQueryUrl, uniqueSuffix } from "./fixtures";
import { AssetPage, AssetsPage } from "./pages/assets-page";
import { BulkActionsBar } from "./pages/bulk-actions-bar";

type TrpcResult<T> = { result: { data: { json: T } } };

/** A small solid PNG; different sizes tell versions apart. */
function png(width: number, height: number, background: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

async function createClient(page: Page, name: string): Promise<string> {
  const response = await page.request.post("/api/trpc/clients.create", { data: { json: { name } } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as TrpcResult<{ id: string }>).result.data.json.id;
}

/** Uploads through the route handler (the file is the raw body), for tests about what comes after. */
async function uploadAsset(page: Page, clientId: string, name: string, buffer: Buffer): Promise<string> {
  const query = new URLSearchParams({ clientId, name, filename: `${name}.png` });
  const response = await page.request.post(`/api/assets?${query.toString()}`, {
    data: buffer,
    headers: { "content-type": "application/octet-stream" },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function assetCount(page: Page, clientId: string): Promise<number> {
  const response = await page.request.get(trpcQueryUrl("assets.list", { clientId }));
  expect(response.status()).toBe(200);
  return ((await response.json()) as TrpcResult<{ items: unknown[] }>).result.data.json.items.length;
}

test.describe("assets", () => {
  test("request changes on an asset", async ({ page, signUpAgency }) => {
    await signUpAgency(page);
    const clientName = `Harbor ${uniqueSuffix()}`;
    await createClient(page, clientName);

    const list = new AssetsPage(page);
    await list.goto();
    await expect(list.emptyState).toBeVisible();
    await page.getByRole("button", { name: "Upload an asset" }).click();
    await expect(list.uploadDialog).toBeVisible();
    await page.keyboard.press("Escape");

    // No name given: the asset is named after the file.
    await list.upload({
      client: clientName,
      file: { name: "hero.png", mimeType: "image/png", buffer: await png(64, 48, "#3366ff") },
    });
    await expect(page).toHaveURL(/\/assets\/[^/]+$/);
    const asset = new AssetPage(page);
    await expect(asset.heading("hero")).toBeVisible();
    expect(await asset.previewWidth("hero")).toBe(64);
    await expect(asset.version(1)).toBeVisible();
    await expect(asset.status).toHaveText("Draft");
    await expect(page.getByRole("link", { name: clientName })).toHaveAttribute("href", /^\/clients\//);

    await asset.approval.getByRole("button", { name: "Submit for review" }).click();
    await expect(asset.status).toHaveText("In review");
    await expect(asset.approval.getByRole("button", { name: "Approve" })).toBeVisible();

    const request = "Make the logo bigger and move it to the top left.";
    await asset.requestChanges(request);
    await expect(asset.status).toHaveText("Changes requested");
    const thread = asset.thread(request);
    await expect(thread).toContainText("on version 1");
    await expect(thread.getByText("Changes requested", { exact: true })).toBeVisible();

    const reply = "On it: a new version follows today.";
    await asset.reply(request, reply);
    await expect(thread.getByRole("list", { name: /^Replies to / })).toContainText(reply);

    await asset.uploadVersion({ name: "hero-v2.png", mimeType: "image/png", buffer: await png(80, 60, "#ff6633") });
    await expect(asset.status).toHaveText("Draft");
    await expect(asset.version(2)).toBeVisible();
    await expect.poll(() => asset.previewWidth("hero")).toBe(80);
    await page.screenshot({ path: test.info().outputPath("asset-detail.png"), fullPage: true });

    await page.reload();
    await expect(asset.heading("hero")).toBeVisible();
    await expect(asset.status).toHaveText("Draft");
    await expect(asset.version(2)).toBeVisible();
    await expect(asset.version(1)).toBeVisible();
    await expect(asset.versions.getByText("hero-v2.png", { exact: false })).toBeVisible();
    await expect(asset.thread(request).getByText("Changes requested", { exact: true })).toBeVisible();
    await expect(asset.thread(request)).toContainText(reply);
    expect(await asset.previewWidth("hero")).toBe(80);

    // The list shows the card with its thumbnail, version and status.
    await list.goto();
    const card = list.card("hero");
    await expect(card).toContainText(clientName);
    await expect(card).toContainText("v2");
    await expect(card).toContainText("Draft");
    const thumbnail = card.getByRole("img", { name: "hero" });
    await expect(thumbnail).toBeVisible();
    await expect.poll(() => thumbnail.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(80);
    await page.screenshot({ path: test.info().outputPath("asset-list.png"), fullPage: true });
  });

  test("a file that is not an accepted type is refused, whatever its name", async ({ sharedOwnerPage: page }) => {
    const clientName = `Fake ${uniqueSuffix()}`;
    const clientId = await createClient(page, clientName);
    const list = new AssetsPage(page);
    await list.goto();
    const dialog = await list.upload({
      client: clientName,
      name: "Not a picture",
      file: { name: "fake.png", mimeType: "image/png", buffer: Buffer.from("just text") },
    });
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText("By its content this file is not a format we recognise");
    await expect(alert).toContainText("PNG, JPEG, GIF or WebP images");
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("upload-refused.png") });
    await expect(page).toHaveURL(/\/assets$/);
    expect(await assetCount(page, clientId)).toBe(0);
  });

  test("a signed file link works for its owner only", async ({ page, signUpAgency, newUserPage }) => {
    await signUpAgency(page);
    const name = `Poster ${uniqueSuffix()}`;
    const buffer = await png(32, 32, "#22aa55");
    const id = await uploadAsset(page, await createClient(page, "Signed links"), name, buffer);

    await page.goto(`/assets/${id}`);
    const asset = new AssetPage(page);
    expect(await asset.previewWidth(name)).toBe(32);
    const src = await asset.previewImage(name).getAttribute("src");
    expect(src).toMatch(/^\/api\/assets\/files\//);
    const url = new URL(src ?? "", page.url()).toString();

    const mine = await page.request.get(url);
    expect(mine.status()).toBe(200);
    expect(mine.headers()["content-type"]).toBe("image/png");
    expect(Buffer.compare(await mine.body(), buffer)).toBe(0);

    const other = await newUserPage();
    await signUpAgency(other);
    const theirs = await other.request.get(url);
    expect(theirs.status()).toBe(403);
    expect(errorMessage(await theirs.json())).toContain("not valid");
    await other.goto(`/assets/${id}`);
    await expect(other.getByRole("heading", { name: "Asset not found" })).toBeVisible();
  });

  test("a PDF shows in the browser's viewer, with a link to open it", async ({ sharedOwnerPage: page }) => {
    const clientId = await createClient(page, `Brochure ${uniqueSuffix()}`);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n");
    const query = new URLSearchParams({ clientId, name: "Brochure", filename: "brochure.pdf" });
    const created = await page.request.post(`/api/assets?${query.toString()}`, { data: pdf });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto(`/assets/${id}`);
    const frame = page.locator('iframe[title="PDF preview"]');
    await expect(frame).toBeVisible();
    const open = page.getByRole("link", { name: "Open PDF" });
    await expect(open).toHaveAttribute("href", (await frame.getAttribute("src")) ?? "");
    const file = await page.request.get((await open.getAttribute("href")) ?? "");
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    // The app may frame its own PDFs (a refused frame lands on chrome-error://).
    expect(file.headers()["x-frame-options"]).toBe("SAMEORIGIN");
    await expect
      .poll(() => page.frames().map((f) => f.url()))
      .toContainEqual(expect.stringMatching(/\/api\/assets\/files\/[^/]+\/original\?/));

    await page.getByRole("button", { name: "Edit details" }).click();
    const edit = page.getByRole("dialog", { name: "Edit details" });
    await edit.getByRole("textbox", { name: "Name" }).fill("Brochure 2026");
    await edit.getByRole("textbox", { name: "Description" }).fill("Four pages for the spring fair.");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole("heading", { name: "Brochure 2026", level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Details" })).toContainText("Four pages for the spring fair.");
  });

  test("assets are archived and restored from the list", async ({ sharedOwnerPage: page }) => {
    const clientName = `Archive ${uniqueSuffix()}`;
    const clientId = await createClient(page, clientName);
    const first = `Banner ${uniqueSuffix()}`;
    const second = `Banner ${uniqueSuffix()}`;
    await uploadAsset(page, clientId, first, await png(16, 16, "#000000"));
    await uploadAsset(page, clientId, second, await png(16, 16, "#ffffff"));

    const list = new AssetsPage(page);
    const bulk = new BulkActionsBar(page);
    await list.goto();
    await page.getByLabel("Filter by client").selectOption({ label: clientName });
    await expect(list.grid.getByRole("article")).toHaveCount(2);
    await bulk.selectAll.check();
    await expect(bulk.bar).toContainText("2 selected");
    await bulk.bar.getByRole("button", { name: "Archive selected" }).click();
    await expect(bulk.toast("Archived 2 assets")).toBeVisible();
    await expect(list.emptyState).toBeVisible();

    await list.showArchived.check();
    await expect(list.grid.getByRole("article")).toHaveCount(2);
    await bulk.select(first);
    await bulk.bar.getByRole("button", { name: "Restore selected" }).click();
    await expect(list.grid.getByRole("article")).toHaveCount(1);
    await expect(list.card(second)).toBeVisible();

    await list.showArchived.uncheck();
    await expect(list.card(first)).toBeVisible();
    await expect(list.card(second)).toBeHidden();
  });
});
