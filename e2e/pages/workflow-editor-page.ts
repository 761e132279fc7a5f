import { expect, type Locator, type Page } from "@playwright/test";

/** The visual editor at /workflows/[id]/edit. */
export class WorkflowEditorPage {
  readonly canvas: Locator;
  /** The canvas background: clicking it clears the selection and takes focus out of text boxes. */
  readonly pane: Locator;
  /** Saved / Saving… / Unsaved changes / Conflict / Not saved. */
  readonly saveStatus: Locator;
  /** The line over the canvas saying what was done or why a connection was refused. */
  readonly notice: Locator;
  readonly configBox: Locator;
  readonly stepName: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly autoLayoutButton: Locator;
  readonly shortcutsButton: Locator;
  readonly noProblems: Locator;
  readonly conflict: Locator;
  readonly loadTheirsButton: Locator;
  readonly keepMineButton: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId("workflow-canvas");
    this.pane = this.canvas.locator(".react-flow__pane");
    this.saveStatus = page.getByRole("status", { name: "Save status" });
    this.notice = page.getByRole("status", { name: "Editor status" });
    this.configBox = page.getByRole("textbox", { name: "Config (JSON)", exact: true });
    this.stepName = page.getByRole("textbox", { name: "Name", exact: true });
    this.undoButton = page.getByRole("button", { name: "Undo", exact: true });
    this.redoButton = page.getByRole("button", { name: "Redo", exact: true });
    this.autoLayoutButton = page.getByRole("button", { name: "Auto-layout", exact: true });
    this.shortcutsButton = page.getByRole("button", { name: "Keyboard shortcuts", exact: true });
    this.noProblems = page.getByText("No problems found.", { exact: true });
    this.conflict = page.getByRole("alert").filter({ hasText: "Someone else saved this workflow first" });
    this.loadTheirsButton = this.conflict.getByRole("button", { name: "Load their version", exact: true });
    this.keepMineButton = this.conflict.getByRole("button", { name: "Keep mine", exact: true });
  }

  async goto(workflowId: string) {
    await this.page.goto(`/workflows/${workflowId}/edit`);
    await expect(this.canvas).toBeVisible();
    await expect(this.saveStatus).toHaveText("Saved");
  }

  /** A palette entry, e.g. "AI prompt". */
  paletteItem(label: string): Locator {
    return this.page.getByRole("button", { name: `Add ${label}`, exact: true });
  }

  /** Adds a step by clicking its palette entry. */
  async add(label: string) {
    await this.paletteItem(label).click();
  }

  step(id: string): Locator {
    return this.page.getByTestId(`rf__node-${id}`);
  }

  steps(): Locator {
    return this.canvas.locator(".react-flow__node");
  }

  connection(id: string): Locator {
    return this.page.getByTestId(`rf__edge-${id}`);
  }

  connections(): Locator {
    return this.canvas.locator(".react-flow__edge");
  }

  handle(stepId: string, handleId: string): Locator {
    return this.step(stepId).locator(`.react-flow__handle[data-handleid="${handleId}"]`);
  }

  problemBadge(stepId: string): Locator {
    return this.step(stepId).getByTestId("problem-badge");
  }

  /** A problem in the Problems list, by its text. */
  problem(text: string | RegExp): Locator {
    return this.page.getByRole("button").filter({ hasText: text });
  }

  /** Drags from one handle to another with the mouse, as a person draws a connection. */
  async connect(from: { step: string; handle: string }, to: { step: string; handle: string }) {
    const source = await this.handle(from.step, from.handle).boundingBox();
    const target = await this.handle(to.step, to.handle).boundingBox();
    if (!source || !target) throw new Error("Both handles must be on screen to connect them.");
    await this.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Selects a step by clicking it, which opens its settings in the side panel. */
  async select(stepId: string) {
    await this.step(stepId).click();
    await expect(this.page.getByRole("form", { name: "Step settings" })).toBeVisible();
  }

  /** Clicks an empty corner of the canvas, so keys go to the editor rather than a text box. */
  async focusCanvas() {
    await this.pane.click({ position: { x: 12, y: 12 } });
  }

  async waitUntilSaved() {
    await expect(this.saveStatus).toHaveText("Saved");
  }
}
