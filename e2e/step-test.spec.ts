import type { Page } from "@playwright/test";
import { expect, test, uniqueSuffix } from "./fixtures";
import { WorkflowEditorPage } from "./pages/workflow-editor-page";

type TrpcBody<T> = { result: { data: { json: T } } };

/** A saved workflow: a manual trigger asking for a product, then a transform that shouts it. */
async function createShoutWorkflow(page: Page, name: string): Promise<string> {
  const graph = {
    version: 1,
    nodes: [
      {
        id: "start",
        type: "trigger.manual",
        position: { x: 0, y: 0 },
        config: { inputSchema: { type: "object", properties: { product: { type: "string" } } } },
      },
      {
        id: "shout",
        type: "transform",
        position: { x: 320, y: 0 },
        config: { expression: "$uppercase(input.product)" },
      },
    ],
    edges: [{ id: "start.out-shout.in", source: "start", sourceHandle: "out", target: "shout", targetHandle: "in" }],
  };
  const response = await page.request.post("/api/trpc/workflows.create", { data: { json: { name, graph } } });
  expect(response.ok(), `workflows.create: ${await response.text()}`).toBe(true);
  return ((await response.json()) as TrpcBody<{ id: string }>).result.data.json.id;
}

test("a builder tests one step with a sample input and sees its output", async ({ sharedOwnerPage: page }) => {
  const id = await createShoutWorkflow(page, `Shout flow ${uniqueSuffix()}`);
  const editor = new WorkflowEditorPage(page);
  await editor.goto(id);
  await editor.select("shout");

  const panel = page.getByRole("region", { name: "Test this step" });
  const sample = panel.getByRole("textbox", { name: "Sample input (JSON)" });
  const runButton = panel.getByRole("button", { name: "Run test" });
  const result = panel.getByRole("group", { name: "Test result" });

  await test.step("the sample starts with the input and a place for the trigger's output", async () => {
    await expect(sample).toHaveValue(/"input": \{\s*"product": ""/);
    await expect(sample).toHaveValue(/"nodes": \{\s*"start": \{\s*"output"/);
  });

  await test.step("text that is not JSON is refused before anything is sent", async () => {
    await sample.fill('{ "input": ');
    await runButton.click();
    await expect(panel.getByRole("alert")).toContainText("This is not valid JSON");
    await expect(sample).toBeFocused();
    await expect(result).toHaveCount(0);
  });

  await test.step("a valid sample runs the step and shows what it gave", async () => {
    await sample.fill(
      JSON.stringify({ input: { product: "socks" }, nodes: { start: { output: { product: "socks" } } } }, null, 2),
    );
    await runButton.click();
    await expect(result).toBeVisible();
    await expect(result).toContainText("Succeeded");
    await expect(result).toContainText("SOCKS");
    await expect(panel.getByRole("status")).toHaveText(/^The step succeeded in /);
  });
});
