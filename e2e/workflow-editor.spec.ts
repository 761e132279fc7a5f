import type { Page } from "@playwright/test";
import { expect, test, trpcQueryUrl, uniqueSuffix } from "./fixtures";
import { WorkflowEditorPage } from "./pages/workflow-editor-page";

type TrpcBody<T> = { result: { data: { json: T } } };
type Graph = { nodes: { id: string; type: string; config: unknown }[]; edges: { id: string }[] };

async function createEmptyWorkflow(page: Page, name: string): Promise<string> {
  const response = await page.request.post("/api/trpc/workflows.create", {
    data: { json: { name, graph: { version: 1, nodes: [], edges: [] } } },
  });
  expect(response.ok(), `workflows.create: ${await response.text()}`).toBe(true);
  return ((await response.json()) as TrpcBody<{ id: string }>).result.data.json.id;
}

async function savedDraft(page: Page, id: string): Promise<{ draft: Graph; draftRevision: number }> {
  const response = await page.request.get(trpcQueryUrl("workflows.get", { id }));
  expect(response.ok(), `workflows.get: ${await response.text()}`).toBe(true);
  return ((await response.json()) as TrpcBody<{ draft: Graph; draftRevision: number }>).result.data.json;
}

test.describe("workflow editor", () => {
  test("a builder adds and connects steps, fixes a problem, and finds the draft saved after a reload", async ({
    sharedOwnerPage: page,
  }) => {
    const id = await createEmptyWorkflow(page, `Tagline flow ${uniqueSuffix()}`);
    const editor = new WorkflowEditorPage(page);
    await editor.goto(id);

    await test.step("two steps added from the palette by clicking", async () => {
      await expect(editor.steps()).toHaveCount(0);
      await editor.add("Run by hand");
      await expect(editor.step("trigger")).toBeVisible();
      await editor.add("AI prompt");
      await expect(editor.step("llm")).toBeVisible();
      await expect(editor.notice).toHaveText('Added AI prompt as "llm".');
      await expect(editor.steps()).toHaveCount(2);
    });

    await test.step("connected by dragging the trigger's output to the prompt's input", async () => {
      await editor.connect({ step: "trigger", handle: "out" }, { step: "llm", handle: "in" });
      await expect(editor.connection("trigger-llm")).toBeVisible();
    });

    await test.step("a connection from a step to itself is refused with the reason", async () => {
      await editor.connect({ step: "llm", handle: "out" }, { step: "llm", handle: "in" });
      await expect(editor.notice).toHaveText("A step cannot connect to itself.");
      await expect(editor.connections()).toHaveCount(1);
    });

    await test.step("undo and redo take the connection away and bring it back", async () => {
      await editor.focusCanvas();
      await page.keyboard.press("ControlOrMeta+z");
      await expect(editor.connections()).toHaveCount(0);
      await page.keyboard.press("ControlOrMeta+Shift+z");
      await expect(editor.connection("trigger-llm")).toBeVisible();
      await editor.undoButton.click();
      await expect(editor.connections()).toHaveCount(0);
      await editor.redoButton.click();
      await expect(editor.connection("trigger-llm")).toBeVisible();
    });

    await test.step("the prompt's missing text shows as a problem on the node and in the list", async () => {
      await expect(editor.problemBadge("llm")).toHaveAttribute("aria-label", "1 problem");
      await expect(editor.problemBadge("trigger")).toHaveCount(0);
      await editor.focusCanvas();
      await editor.problem(/Write the prompt/).click();
      await expect(editor.configBox).toBeVisible();
      await expect(editor.configBox).toHaveAccessibleDescription(/prompt.*Write the prompt/);
    });

    await test.step("fixed in the JSON config, the problem goes and the draft saves", async () => {
      await editor.configBox.fill('{ "prompt": "Write a tagline for {{ input.product }}." ');
      await expect(page.getByText(/^This is not valid JSON/)).toBeVisible();
      await editor.configBox.fill('{ "prompt": "Write a tagline for {{ input.product }}." }');
      await expect(editor.problemBadge("llm")).toHaveCount(0);
      await expect(editor.noProblems).toBeVisible();
      await editor.stepName.fill("Tagline");
      await expect(editor.step("llm")).toContainText("Tagline");
      await editor.waitUntilSaved();
      await page.screenshot({ path: test.info().outputPath("workflow-editor.png"), fullPage: true });
    });

    await test.step("after a reload the steps, the connection and the config are still there", async () => {
      await page.reload();
      await expect(editor.saveStatus).toHaveText("Saved");
      await expect(editor.steps()).toHaveCount(2);
      await expect(editor.step("llm")).toContainText("Tagline");
      await expect(editor.connection("trigger-llm")).toBeVisible();
      await editor.select("llm");
      await expect(editor.configBox).toHaveValue(/"prompt": "Write a tagline for \{\{ input.product \}\}."/);
      const { draft } = await savedDraft(page, id);
      expect(draft.nodes.map((node) => node.id)).toEqual(["trigger", "llm"]);
      // React Flow's own fields stay in the browser.
      expect(Object.keys(draft.nodes[1] ?? {})).toEqual(["id", "type", "name", "position", "config"]);
    });

    await test.step("a step dragged from the palette lands on the canvas; duplicate and delete work by keyboard", async () => {
      const box = await editor.canvas.boundingBox();
      if (!box) throw new Error("The canvas is not on screen.");
      await editor.paletteItem("Note").dragTo(editor.pane, { targetPosition: { x: 120, y: box.height - 160 } });
      await expect(editor.step("note")).toBeVisible();
      await editor.focusCanvas();
      await editor.step("note").click();
      await page.keyboard.press("ControlOrMeta+d");
      await expect(editor.step("note_2")).toBeVisible();
      await page.keyboard.press("Delete");
      await expect(editor.step("note_2")).toHaveCount(0);
      await expect(editor.step("note")).toBeVisible();
    });

    await test.step("auto-layout and the shortcuts help", async () => {
      await editor.autoLayoutButton.click();
      await expect(editor.notice).toHaveText("Laid out left to right.");
      await page.keyboard.press("?");
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(help).toBeVisible();
      await expect(help).toContainText("Duplicate the selected steps");
      await page.keyboard.press("Escape");
      await expect(help).toBeHidden();
      await editor.waitUntilSaved();
    });
  });

  test("four steps dragged onto the canvas and chained; the agent step configured with its pickers", async ({
    sharedOwnerPage: page,
  }) => {
    const id = await createEmptyWorkflow(page, `Agent chain ${uniqueSuffix()}`);
    const editor = new WorkflowEditorPage(page);
    await editor.goto(id);
    const box = await editor.canvas.boundingBox();
    if (!box) throw new Error("The canvas is not on screen.");

    await test.step("four steps dragged from the palette land where they are dropped", async () => {
      const drops = [
        ["Run by hand", "trigger"],
        ["Agent", "agent"],
        ["Transform", "transform"],
        ["Output", "output"],
      ] as const;
      for (const [index, [label, stepId]] of drops.entries()) {
        // One under the other, so the narrow canvas holds all four apart.
        await editor.paletteItem(label).dragTo(editor.pane, {
          targetPosition: { x: box.width * 0.35, y: box.height * (0.14 + index * 0.2) },
        });
        await expect(editor.step(stepId)).toBeVisible();
      }
      await expect(editor.steps()).toHaveCount(4);
      // Top to bottom in the order they were dropped, none on top of another.
      const tops = await Promise.all(
        drops.map(async ([, stepId]) => (await editor.step(stepId).boundingBox())?.y ?? Number.NaN),
      );
      for (let i = 1; i < tops.length; i += 1) expect(tops[i]! - tops[i - 1]!).toBeGreaterThan(60);
    });

    await test.step("connected into a chain by dragging between handles", async () => {
      await editor.connect({ step: "trigger", handle: "out" }, { step: "agent", handle: "in" });
      await editor.connect({ step: "agent", handle: "out" }, { step: "transform", handle: "in" });
      await editor.connect({ step: "transform", handle: "out" }, { step: "output", handle: "in" });
      await expect(editor.connections()).toHaveCount(3);
    });

    await test.step("the agent step is configured from the agent picker and the prompt box", async () => {
      await editor.select("agent");
      await expect(editor.problemBadge("agent")).toBeVisible();
      const form = page.getByRole("form", { name: "Step settings" });
      const picker = form.getByRole("combobox", { name: "Agent" });
      await expect(picker.locator("option", { hasText: "Creative Intelligence" })).toHaveCount(1);
      await picker.selectOption({ label: "Creative Intelligence" });
      const prompt = form.getByRole("combobox", { name: "Prompt" });
      await prompt.fill("Write three taglines for {{ input.product }}.");
      await expect(editor.problemBadge("agent")).toHaveCount(0);
      await editor.waitUntilSaved();
    });

    await test.step("zoomed far out the steps are plain cards; fitted again, their names are back", async () => {
      const compactCards = editor.canvas.locator("[data-compact]");
      const zoomOut = page.getByRole("button", { name: "Zoom Out", exact: true });
      for (let clicks = 0; clicks < 15 && (await compactCards.count()) === 0; clicks += 1) await zoomOut.click();
      await expect(compactCards).toHaveCount(4);
      await expect(editor.step("agent").locator("[data-compact]")).toHaveAttribute("title", "agent (Agent)");
      await expect(editor.step("agent").getByTestId("step-label")).toHaveCount(0);
      await expect(editor.canvas.locator(".react-flow__background")).toHaveCount(0);
      await page.getByRole("button", { name: "Fit View", exact: true }).click();
      await expect(compactCards).toHaveCount(0);
      await expect(editor.step("agent").getByTestId("step-label")).toHaveText("agent");
      await expect(editor.connections()).toHaveCount(3);
    });

    await test.step("the saved draft has the four steps, the chain and the agent's settings", async () => {
      const { draft } = await savedDraft(page, id);
      expect(draft.nodes.map((node) => node.id)).toEqual(["trigger", "agent", "transform", "output"]);
      expect(draft.edges).toHaveLength(3);
      const agentStep = draft.nodes.find((node) => node.id === "agent");
      expect(agentStep?.config).toMatchObject({
        agentId: expect.any(String),
        prompt: "Write three taglines for {{ input.product }}.",
      });
    });
  });

  test("a guardrail's checks are added and set in the form, each kind with its own fields", async ({
    sharedOwnerPage: page,
  }) => {
    const id = await createEmptyWorkflow(page, `Guarded copy ${uniqueSuffix()}`);
    const editor = new WorkflowEditorPage(page);
    await editor.goto(id);
    await editor.add("Guardrail");
    await editor.select("guardrail");
    const form = page.getByRole("form", { name: "Step settings" });
    await form.getByRole("combobox", { name: "Text to check" }).fill("{{ input.text }}");

    const addCheck = form.getByRole("button", { name: "Add check", exact: true });
    await addCheck.click();
    const first = form.getByRole("group", { name: "Check 1" });
    await expect(first.getByRole("combobox", { name: "Kind" })).toHaveValue("pii_redaction");
    await expect(first.getByRole("combobox", { name: "Action" })).toBeVisible();

    await addCheck.click();
    const second = form.getByRole("group", { name: "Check 2" });
    await expect(second.getByRole("combobox", { name: "Kind" })).toHaveValue("banned_words");
    await second.getByRole("textbox", { name: "Words" }).fill("cheap\nfree");
    // Another kind swaps the item's fields for that kind's.
    await first.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Brand rules" });
    await expect(first.getByRole("combobox", { name: "Client" })).toBeVisible();
    await first.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Personal data" });
    await first.getByRole("combobox", { name: "Action" }).selectOption({ label: "Fail" });
    await editor.waitUntilSaved();

    const { draft } = await savedDraft(page, id);
    expect(draft.nodes.find((node) => node.id === "guardrail")?.config).toEqual({
      input: "{{ input.text }}",
      checks: [
        { kind: "pii_redaction", action: "fail" },
        { kind: "banned_words", words: ["cheap", "free"] },
      ],
    });
  });

  test("two people editing the same draft get a choice on conflict, never a lost edit", async ({
    sharedOwnerPage: first,
    sharedOwner,
    browser,
    baseURL,
  }) => {
    const id = await createEmptyWorkflow(first, `Shared flow ${uniqueSuffix()}`);
    const context = await browser.newContext({ baseURL, storageState: sharedOwner.storageState });
    try {
      const second = await context.newPage();
      const mine = new WorkflowEditorPage(first);
      const theirs = new WorkflowEditorPage(second);
      await mine.goto(id);
      await theirs.goto(id);

      await test.step("the first save wins; the second is refused and both choices are offered", async () => {
        await mine.add("Run by hand");
        await mine.waitUntilSaved();
        await theirs.add("Delay");
        await expect(theirs.saveStatus).toHaveText("Conflict");
        await expect(theirs.conflict).toBeVisible();
        await expect(theirs.loadTheirsButton).toBeVisible();
        await expect(theirs.keepMineButton).toBeVisible();
        // Nothing was overwritten while the choice is open.
        await second.waitForTimeout(1_500);
        const { draft } = await savedDraft(first, id);
        expect(draft.nodes.map((node) => node.type)).toEqual(["trigger.manual"]);
      });

      await test.step("Keep mine saves on top of the newer revision, by choice", async () => {
        await theirs.keepMineButton.click();
        await theirs.waitUntilSaved();
        await expect(theirs.conflict).toBeHidden();
        const { draft } = await savedDraft(first, id);
        expect(draft.nodes.map((node) => node.type)).toEqual(["delay"]);
      });

      await test.step("Load their version replaces the stale graph with the saved one", async () => {
        // The first editor still has the revision before "Keep mine": its next save conflicts.
        await mine.add("Merge");
        await expect(mine.saveStatus).toHaveText("Conflict");
        await mine.loadTheirsButton.click();
        await mine.waitUntilSaved();
        await expect(mine.conflict).toBeHidden();
        await expect(mine.step("delay")).toBeVisible();
        await expect(mine.step("merge")).toHaveCount(0);
        await expect(mine.step("trigger")).toHaveCount(0);

        // And it goes on saving normally from there.
        await mine.add("Output");
        await mine.waitUntilSaved();
        const { draft } = await savedDraft(first, id);
        expect(draft.nodes.map((node) => node.type)).toEqual(["delay", "output"]);
      });
    } finally {
      await context.close();
    }
  });
});
