import { expect, type Locator, type Page } from "@playwright/test";

/** The run history at /runs, its filters kept in the URL. */
export class RunsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly status: Locator;
  readonly trigger: Locator;
  readonly workflow: Locator;
  readonly clearFiltersButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Runs", level: 1 });
    this.table = page.getByRole("table");
    const filters = page.getByRole("search", { name: "Filter runs" });
    this.status = filters.getByRole("combobox", { name: "Status", exact: true });
    this.trigger = filters.getByRole("combobox", { name: "Trigger", exact: true });
    this.workflow = filters.getByRole("combobox", { name: "Workflow", exact: true });
    this.clearFiltersButton = page.getByRole("button", { name: "Clear filters" }).first();
  }

  async goto(search = "") {
    await this.page.goto(`/runs${search}`);
    await expect(this.heading).toBeVisible();
  }

  /** The rows of a workflow's runs (each row's link is named by its workflow). */
  rows(workflowName: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name: workflowName }) });
  }

  async filterByStatus(label: string) {
    await this.status.selectOption({ label });
  }
}

/** A run at /runs/[id]: header, timeline, the chosen step's trace, input and output. */
export class RunDetailPage {
  readonly timeline: Locator;
  readonly runOutput: Locator;
  readonly liveStatus: Locator;
  readonly cancelButton: Locator;
  readonly retryButton: Locator;

  constructor(readonly page: Page) {
    this.timeline = page.getByRole("region", { name: "Timeline" });
    this.runOutput = page.getByRole("figure", { name: "Run output" });
    this.liveStatus = page.getByRole("status").filter({ hasText: /^Live/ });
    this.cancelButton = page.getByRole("button", { name: "Cancel run" });
    this.retryButton = page.getByRole("button", { name: "Retry from failed step" });
  }

  async goto(id: string, workflowName: string) {
    await this.page.goto(`/runs/${id}`);
    await expect(this.heading(workflowName)).toBeVisible();
  }

  heading(workflowName: string): Locator {
    return this.page.getByRole("heading", { name: workflowName, level: 1 });
  }

  /** A step on the timeline, by its name: the button that opens its trace ("Name, type, status, duration"). */
  step(name: string): Locator {
    return this.timeline.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)},`) });
  }

  /** The trace of the step shown, named by the step. */
  trace(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  /** Opens a step's trace from the timeline; returns the trace. */
  async openStep(name: string): Promise<Locator> {
    await this.step(name).click();
    await expect(this.step(name)).toHaveAttribute("aria-pressed", "true");
    const trace = this.trace(name);
    await expect(trace).toBeVisible();
    return trace;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
