import { expect, type Locator, type Page } from "@playwright/test";

export type ClientInput = { name: string; industry?: string; website?: string; tags?: string; notes?: string };

export type ShowFilter = "Active" | "Archived" | "All";

/**
 * Fills the client form (create dialog or edit section) that `scope` contains. By role, not
 * label: the label of a required field also holds its "*" marker.
 */
async function fillClientForm(scope: Locator, input: Partial<ClientInput>) {
  const field = (name: string) => scope.getByRole("textbox", { name, exact: true });
  if (input.name !== undefined) await field("Name").fill(input.name);
  if (input.website !== undefined) await field("Website").fill(input.website);
  if (input.industry !== undefined) await field("Industry").fill(input.industry);
  if (input.tags !== undefined) await field("Tags").fill(input.tags);
  if (input.notes !== undefined) await field("Notes").fill(input.notes);
}

/** The client list at /clients. */
export class ClientsPage {
  readonly heading: Locator;
  readonly newClientButton: Locator;
  readonly search: Locator;
  readonly show: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Clients", level: 1 });
    this.newClientButton = page.getByRole("button", { name: "New client" });
    this.search = page.getByLabel("Search clients", { exact: true });
    this.show = page.getByLabel("Show", { exact: true });
    this.table = page.getByRole("table");
    this.emptyState = page.getByRole("heading", { name: /^No clients/ });
  }

  async goto() {
    await this.page.goto("/clients");
    await expect(this.heading).toBeVisible();
  }

  /** The link to a client in the table, by its exact name. */
  clientLink(name: string): Locator {
    return this.table.getByRole("link", { name, exact: true });
  }

  /** The table row of a client, by its exact name. */
  clientRow(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  async showOnly(filter: ShowFilter) {
    await this.show.selectOption({ label: filter });
  }

  /** Creates a client through the "New client" dialog and waits until the list shows it. */
  async createClient(input: ClientInput) {
    await this.newClientButton.click();
    const dialog = this.page.getByRole("dialog", { name: "New client" });
    await expect(dialog).toBeVisible();
    await fillClientForm(dialog, input);
    await dialog.getByRole("button", { name: "Create client" }).click();
    await expect(dialog).toBeHidden();
    await expect(this.clientLink(input.name)).toBeVisible();
  }

  /** Opens a client from the list; returns its id, read from the URL. */
  async openClient(name: string): Promise<string> {
    await this.clientLink(name).click();
    await this.page.waitForURL(/\/clients\/[^/]+$/);
    const id = new URL(this.page.url()).pathname.split("/").pop();
    if (!id) throw new Error(`No client id in ${this.page.url()}`);
    return id;
  }
}

/** One client at /clients/<id>. */
export class ClientDetailPage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly saveButton: Locator;
  readonly archiveButton: Locator;
  readonly restoreButton: Locator;
  readonly archivedBanner: Locator;
  readonly notFound: Locator;
  readonly backToList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("main").getByRole("heading", { level: 1 });
    this.details = page.getByRole("region", { name: "Details" });
    this.saveButton = this.details.getByRole("button", { name: "Save changes" });
    this.archiveButton = page.getByRole("button", { name: "Archive", exact: true });
    this.restoreButton = page.getByRole("button", { name: "Restore", exact: true });
    this.archivedBanner = page.getByText("This client is archived");
    this.notFound = page.getByRole("heading", { name: "Client not found" });
    this.backToList = page.getByRole("link", { name: "All clients" });
  }

  async goto(id: string) {
    await this.page.goto(`/clients/${id}`);
  }

  async edit(patch: Partial<ClientInput>) {
    await fillClientForm(this.details, patch);
    await this.saveButton.click();
    await expect(this.page.locator('[data-slot="toast"]').filter({ hasText: "Changes saved" })).toBeVisible();
  }

  async archive() {
    await this.archiveButton.click();
    await expect(this.archivedBanner).toBeVisible();
    await expect(this.restoreButton).toBeVisible();
  }

  async restore() {
    await this.restoreButton.click();
    await expect(this.archivedBanner).toBeHidden();
    await expect(this.archiveButton).toBeVisible();
  }
}
