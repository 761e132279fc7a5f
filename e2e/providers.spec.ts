import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, uniqueSuffix } from "./fixtures";
import { AppShell } from "./pages/app-shell";
import { ProvidersPage } from "./pages/providers-page";

const suffix = uniqueSuffix();
const API_KEY = `sk-test-${suffix}-abcd`;
const WRONG_KEY = `sk-wrong-${suffix}`;
const HINT = `sk-…${API_KEY.slice(-4)}`;
const WRONG_KEY_MESSAGE = "Incorrect API key provided: sk-wron…";

/**
 * A tiny OpenAI-compatible endpoint in the test process: the e2e server cannot reach the
 * internet, but it can reach 127.0.0.1. Only `GET /v1/models`, and only with `API_KEY`.
 */
function startModelsServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${API_KEY}`) {
      return send(401, {
        error: { message: WRONG_KEY_MESSAGE, type: "invalid_request_error", code: "invalid_api_key" },
      });
    }
    if (req.method === "GET" && req.url === "/v1/models") {
      return send(200, {
        object: "list",
        data: [{ id: "gpt-test-mini", object: "model", created: 0, owned_by: "test" }],
      });
    }
    return send(404, { error: { message: "Not found", type: "invalid_request_error", code: null } });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/v1`, server });
    });
  });
}

let models: { url: string; server: Server };

test.beforeAll(async () => {
  models = await startModelsServer();
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => models.server.close(() => resolve()));
});

test.describe("model providers", () => {
  test("an owner connects, tests, edits and deletes a provider; the key never reaches the browser", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const providers = new ProvidersPage(page);
    const name = `Local gateway ${suffix}`;
    const renamed = `Local gateway renamed ${suffix}`;

    await test.step("Model providers opens from the sidebar, empty", async () => {
      await new AppShell(page).navLink("Model providers").click();
      await expect(providers.heading).toBeVisible();
      await expect(page).toHaveURL(/\/providers$/);
      await expect(page.getByText("Offline model — connect a provider for real AI")).toBeVisible();
      await expect(providers.emptyState).toBeVisible();
    });

    await test.step("a wrong key shows the provider's own 401 message; the right one lists its models", async () => {
      const form = await providers.openAddForm();
      await form.name.fill(name);
      await form.kind.selectOption({ label: "OpenAI-compatible (OpenRouter, Groq, Ollama, vLLM, LM Studio…)" });
      await form.testButton.click();
      await expect(form.dialog.getByRole("alert")).toHaveText("OpenAI-compatible providers need their base URL.");
      await form.baseUrl.fill(models.url);
      await form.apiKey.fill(WRONG_KEY);
      await form.testButton.click();
      await expect(form.testError).toContainText("HTTP 401");
      await expect(form.testError).toContainText(WRONG_KEY_MESSAGE);

      await form.apiKey.fill(API_KEY);
      await form.testButton.click();
      await expect(form.testStatus).toHaveText(/^Connected in \d+ ms · 1 model$/);
      await expect(form.testError).toHaveCount(0);
      await expect(form.offeredModels.getByRole("listitem")).toHaveText([/gpt-test-mini/]);
      await form.enable("gpt-test-mini");
      await expect(form.modelIdInputs()).toHaveCount(1);
      await expect(form.modelIdInputs()).toHaveValue("gpt-test-mini");
      await expect(form.defaultModel).toHaveValue("gpt-test-mini");
      await expect(form.offeredModels).toContainText("Enabled");
      await page.screenshot({ path: test.info().outputPath("provider-form.png"), fullPage: true });
      await form.save("Add provider");
    });

    await test.step("the list shows the key's hint, and neither the page nor the API holds the key", async () => {
      const row = providers.row(name);
      await expect(row).toContainText(HINT);
      await expect(row).toContainText("OpenAI-compatible");
      await expect(row).toContainText(models.url);
      await expect(row).toContainText("gpt-test-mini");
      expect(await page.content()).not.toContain(API_KEY);
      const response = await page.request.get("/api/trpc/providers.list");
      expect(response.ok()).toBe(true);
      const body = await response.text();
      expect(body).toContain(HINT);
      expect(body).not.toContain(API_KEY);
      await page.screenshot({ path: test.info().outputPath("providers.png"), fullPage: true });
    });

    await test.step("the saved provider tests with its stored key", async () => {
      const dialog = await providers.testSaved(name);
      await expect(dialog.getByRole("status")).toHaveText(/^Connected in \d+ ms · 1 model$/);
      await dialog.getByRole("button", { name: "Close", exact: true }).first().click();
      await expect(dialog).toBeHidden();
    });

    await test.step("renaming with the key left empty keeps the stored key", async () => {
      const form = await providers.openEditForm(name);
      await expect(form.apiKey).toHaveValue("");
      await expect(form.dialog.getByText(`Leave empty to keep the stored key (${HINT}).`)).toBeVisible();
      await form.name.fill(renamed);
      await form.save("Save changes");
      await expect(providers.row(renamed)).toContainText(HINT);
      await expect(providers.row(name)).toHaveCount(0);
    });

    await test.step("a taken name is refused next to the field, and what was typed stays", async () => {
      const form = await providers.openAddForm();
      await form.name.fill(renamed.toUpperCase());
      await form.defaultModel.fill("gpt-4o-mini");
      await form.dialog.getByRole("button", { name: "Add provider", exact: true }).click();
      await expect(form.dialog.getByRole("alert")).toHaveText(
        `A provider named "${renamed.toUpperCase()}" already exists. Pick another name.`,
      );
      await expect(form.name).toHaveAttribute("aria-invalid", "true");
      await expect(form.defaultModel).toHaveValue("gpt-4o-mini");
      await form.dialog.getByRole("button", { name: "Cancel", exact: true }).click();
      await expect(form.dialog).toBeHidden();
    });

    await test.step("deleting asks first, then the provider is gone", async () => {
      await providers.delete(renamed);
      await expect(providers.row(renamed)).toHaveCount(0);
      await expect(providers.emptyState).toBeVisible();
    });
  });
});
