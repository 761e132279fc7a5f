import { expect, test, uniqueSuffix } from "./fixtures";
import { WorkflowEditorPage } from "./pages/workflow-editor-page";

type TrpcBody<T> = { result: { data: { json: T } } };

const at = (x: number) => ({ x, y: 0 });

/** Start → an AI prompt (the offline model on a new agency, streaming) → the answer as output. */
const taglineGraph = {
  version: 1,
  nodes: [
    { id: "start", type: "trigger.manual", name: "Start", position: at(0), config: {} },
    {
      id: "tagline",
      type: "llm",
      name: "Tagline",
      position: at(300),
      config: { prompt: "Write a tagline for {{ input.product }}.", temperature: 0.7 },
    },
    {
      id: "answer",
      type: "output",
      name: "Answer",
      position: at(600),
      config: { value: "{{ nodes.tagline.output }}" },
    },
  ],
  edges: [
    { id: "e1", source: "start", sourceHandle: "out", target: "tagline", targetHandle: "in" },
    { id: "e2", source: "tagline", sourceHandle: "out", target: "answer", targetHandle: "in" },
  ],
};

test.describe("running from the editor", () => {
  test("test run live on the canvas, a step's trace, publish, version diff and rollback, all from the editor", async ({
    newUserPage,
    signUpAgency,
  }) => {
    // An agency of its own: no provider, so the prompt goes to the built-in offline model.
    const page = await newUserPage();
    await signUpAgency(page);
    const created = await page.request.post("/api/trpc/workflows.create", {
      data: { json: { name: `Tagline test run ${uniqueSuffix()}`, graph: taglineGraph } },
    });
    expect(created.ok(), `workflows.create: ${await created.text()}`).toBe(true);
    const { id } = ((await created.json()) as TrpcBody<{ id: string }>).result.data.json;
    const editor = new WorkflowEditorPage(page);
    await editor.goto(id);
    const panel = page.getByRole("region", { name: "Test run" });
    const status = (step: string) => editor.step(step).locator("[data-run-status]");

    await test.step("the test run starts from the toolbar with the input the steps read", async () => {
      await page.getByRole("button", { name: "Test run", exact: true }).click();
      await expect(panel).toBeVisible();
      await panel.getByRole("textbox", { name: "Input" }).fill('{ "product": "cold brew" }');
      await panel.getByRole("button", { name: "Start test run" }).click();
    });

    await test.step("each step's node shows how it went, and the panel the run and its output", async () => {
      await expect(status("start")).toHaveAttribute("data-run-status", "succeeded", { timeout: 20_000 });
      await expect(status("tagline")).toHaveAttribute("data-run-status", "succeeded", { timeout: 20_000 });
      await expect(status("answer")).toHaveAttribute("data-run-status", "succeeded");
      await expect(editor.step("tagline")).toContainText("Test run: Succeeded");
      await expect(panel.getByRole("figure", { name: "Run output" })).toContainText("cold brew");
    });

    await test.step("choosing a step on the timeline selects its node and shows its trace", async () => {
      await panel.getByRole("button", { name: /^Tagline, AI prompt, Succeeded/ }).click();
      await expect(panel.getByRole("heading", { name: "Tagline" })).toBeVisible();
      await expect(panel.getByRole("figure", { name: "Output", exact: true })).toContainText("cold brew");
      await expect(editor.stepName).toHaveValue("Tagline");
      await page.screenshot({ path: test.info().outputPath("editor-test-run.png"), fullPage: true });
    });

    await test.step("closing the panel clears the statuses from the canvas", async () => {
      await page.getByRole("button", { name: "Close the test run panel" }).click();
      await expect(panel).toBeHidden();
      await expect(status("tagline")).toHaveCount(0);
    });

    await test.step("the draft is published from the editor with a note", async () => {
      await page.getByRole("button", { name: "Publish draft" }).click();
      const dialog = page.getByRole("dialog", { name: "Publish the draft" });
      await dialog.getByRole("textbox", { name: "Note" }).fill("First tagline flow");
      await dialog.getByRole("button", { name: "Publish version 1" }).click();
      await expect(page.getByText("Version 1 published", { exact: true })).toBeVisible();
    });

    await test.step("a renamed step is outlined when the draft is compared with version 1", async () => {
      await editor.select("tagline");
      await editor.stepName.fill("Slogan");
      await editor.waitUntilSaved();
      await page.getByRole("button", { name: "Versions", exact: true }).click();
      const versions = page.getByRole("region", { name: "Versions" });
      await versions.getByRole("button", { name: "Compare version 1 with the draft" }).click();
      await expect(editor.step("tagline").locator("[data-diff]")).toHaveAttribute("data-diff", "changed");
      await expect(editor.step("start").locator("[data-diff]")).toHaveCount(0);
      await expect(versions.getByRole("status", { name: "Draft compared with version 1" })).toContainText(
        "Changed: Slogan (renamed from Tagline)",
      );
      await page.screenshot({ path: test.info().outputPath("editor-version-diff.png"), fullPage: true });
    });

    await test.step("version 2 is published, then version 1 rolled back into the draft", async () => {
      await page.getByRole("button", { name: "Publish draft" }).click();
      const dialog = page.getByRole("dialog", { name: "Publish the draft" });
      await dialog.getByRole("button", { name: "Publish version 2" }).click();
      await expect(page.getByText("Version 2 published", { exact: true })).toBeVisible();
      const versions = page.getByRole("region", { name: "Versions" });
      await versions.getByRole("button", { name: "Roll back to version 1" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Roll back to version 1" }).click();
      await expect(editor.notice).toContainText("Rolled back to version 1: it is live as version 3");
      await expect(editor.step("tagline")).toContainText("Tagline");
      await expect(editor.saveStatus).toHaveText("Saved");
    });
  });
});
