import type { Locator, Page } from "@playwright/test";

/** Row checkboxes, the select-all box and the "N selected" bar that every bulk-selectable list shares. */
export class BulkActionsBar {
  readonly bar: Locator;
  readonly selectAll: Locator;
  readonly clear: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole("region", { name: "Bulk actions" });
    this.selectAll = page.getByRole("checkbox", { name: "Select all on this page" });
    this.clear = this.bar.getByRole("button", { name: "Clear selection" });
  }

  /** The checkbox of one row, by the row's exact name. */
  row(name: string): Locator {
    return this.page.getByRole("checkbox", { name: `Select ${name}`, exact: true });
  }

  async select(...names: string[]) {
    for (const name of names) await this.row(name).check();
  }

  /** The toast whose text contains `text`. */
  toast(text: string): Locator {
    return this.page.locator('[data-slot="toast"]').filter({ hasText: text });
  }
}
