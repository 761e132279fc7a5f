import { expect, type Locator, type Page } from "@playwright/test";

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/** The asset list at /assets, with its upload dialog and bulk actions. */
export class AssetsPage {
  readonly heading: Locator;
  readonly uploadButton: Locator;
  readonly uploadDialog: Locator;
  readonly search: Locator;
  readonly showArchived: Locator;
  readonly grid: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Assets", level: 1 });
    this.uploadButton = page.getByRole("button", { name: "Upload asset" });
    this.uploadDialog = page.getByRole("dialog", { name: "Upload asset" });
    this.search = page.getByLabel("Search assets", { exact: true });
    this.showArchived = page.getByRole("checkbox", { name: "Show archived" });
    this.grid = page.getByRole("list", { name: "Assets" });
    this.emptyState = page.getByRole("heading", { name: /^No assets/ });
  }

  async goto() {
    await this.page.goto("/assets");
    await expect(this.heading).toBeVisible();
  }

  /** The card of an asset, by its exact name. */
  card(name: string): Locator {
    return this.grid.getByRole("article", { name, exact: true });
  }

  /** Fills and sends the upload dialog; leaves checking the outcome to the caller. */
  async upload(input: { client: string; name?: string; file: UploadFile }) {
    await this.uploadButton.click();
    const dialog = this.uploadDialog;
    await dialog.getByRole("combobox", { name: "Client" }).selectOption({ label: input.client });
    if (input.name !== undefined) await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(input.name);
    // Not exact: the label of a required field also holds its "*" marker.
    await dialog.getByLabel("File").setInputFiles(input.file);
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    return dialog;
  }
}

/** One asset at /assets/<id>: preview, approval, versions and comments. */
export class AssetPage {
  readonly status: Locator;
  readonly approval: Locator;
  readonly versions: Locator;
  readonly comments: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId("asset-status");
    this.approval = page.getByRole("region", { name: "Approval" });
    this.versions = page.getByRole("region", { name: "Versions" });
    this.comments = page.getByRole("region", { name: "Comments" });
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { name, level: 1 });
  }

  /** The preview image of the current version (its alt text is the asset's name). */
  previewImage(name: string): Locator {
    return this.page.getByRole("region", { name: /^Preview of version/ }).getByRole("img", { name, exact: true });
  }

  /** Waits until the preview image has loaded, and answers its natural width. */
  async previewWidth(name: string): Promise<number> {
    const image = this.previewImage(name);
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    return image.evaluate((element: HTMLImageElement) => element.naturalWidth);
  }

  version(number: number): Locator {
    return this.versions.getByRole("heading", { name: `Version ${number}`, exact: true });
  }

  /** The top-level comment (with its replies) whose text contains `text`. */
  thread(text: string): Locator {
    return this.comments.getByRole("list").first().locator(":scope > li").filter({ hasText: text });
  }

  async requestChanges(comment: string) {
    await this.approval.getByRole("button", { name: "Request changes" }).click();
    const dialog = this.page.getByRole("dialog", { name: /^Request changes/ });
    await dialog.getByRole("textbox", { name: "What needs to change?" }).fill(comment);
    await dialog.getByRole("button", { name: "Request changes" }).click();
    await expect(dialog).toBeHidden();
  }

  async reply(threadText: string, body: string) {
    const thread = this.thread(threadText);
    await thread.getByRole("button", { name: /^Reply to / }).click();
    await thread.getByRole("textbox", { name: "Reply", exact: true }).fill(body);
    await thread.getByRole("button", { name: "Post reply" }).click();
  }

  async uploadVersion(file: UploadFile) {
    await this.versions.getByLabel("New version file").setInputFiles(file);
    await this.versions.getByRole("button", { name: "Upload new version" }).click();
  }
}
