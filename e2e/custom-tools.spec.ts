import type { Page } from "@playwright/test";
import { expect, test, uniqueSuffix } from "./fixtures";
import { AgentEditor, AgentsPage } from "./pages/agents-page";
import { agentCell } from "./pages/agents-table-cells";
import { AppShell } from "./pages/app-shell";
import { inviteAndJoin } from "./pages/join-agency";
import { ToolsPage } from "./pages/tools-page";

const AGENT = "Client Management";
const URL_TEMPLATE = "https://api.example.com/v1/weather?city={{city}}";
const POST = "POST — the input goes in a JSON body";
const DESCRIPTION = "Current weather for a city: temperature and conditions. Use it before planning outdoor shoots.";
const SCHEMA = {
  type: "object",
  properties: {
    city: { type: "string", description: "The city, e.g. Lisbon" },
    units: { type: "string", enum: ["metric", "imperial"] },
  },
  required: ["city"],
};
/** The URL fills {{city}} on every call, so a schema where city is optional is refused. */
const SCHEMA_CITY_OPTIONAL = { type: "object", properties: { city: { type: "string" } } };
const SCHEMA_LABEL = "Input schema (JSON Schema)";
const CITY_NOT_REQUIRED = '{{city}} is always filled in, so list "city" under "required".';

/** A header value that is long enough for a "…last4" hint and found nowhere else on the page. */
function newSecret(): string {
  return `tok${uniqueSuffix()}${uniqueSuffix()}${uniqueSuffix()}`;
}

test.describe("custom tools", () => {
  test("an owner adds a custom HTTP tool, gives it to an agent, and deleting it takes it off the agent", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const name = `weather_${uniqueSuffix()}`;
    const secret = newSecret();
    const hint = `…${secret.slice(-4)}`;
    const tools = new ToolsPage(page);
    const agents = new AgentsPage(page);
    const editor = new AgentEditor(page);

    await test.step("Tools opens from the sidebar, empty", async () => {
      await new AppShell(page).navLink("Tools").click();
      await expect(tools.heading).toBeVisible();
      await expect(page).toHaveURL(/\/tools$/);
      await expect(tools.emptyState).toBeVisible();
      await expect(tools.newToolButton).toBeVisible();
    });

    const form = await tools.openNewTool();
    await test.step("New tool: a schema that is not JSON is named inline as soon as the field is left", async () => {
      await form.fill({
        name,
        description: DESCRIPTION,
        method: POST,
        url: URL_TEMPLATE,
        authHeaderName: "X-Api-Key",
        authHeaderValue: secret,
      });
      await expect(form.name).toHaveAccessibleDescription(new RegExp(`custom\\.${name}\\.$`));
      await form.inputSchema.fill('{"type": "object", "properties": {"city": {"type": "string"}}');
      await form.inputSchema.blur();
      await expect(form.fieldError(SCHEMA_LABEL)).toHaveText(/^Not valid JSON: /);
      await expect(form.inputSchema).toHaveAttribute("aria-invalid", "true");
      await expect(form.inputSchema).toHaveAccessibleDescription(/Not valid JSON: /);

      await form.inputSchema.fill(JSON.stringify(SCHEMA_CITY_OPTIONAL));
      await expect(form.fieldError(SCHEMA_LABEL)).toHaveCount(0);
      await expect(form.inputSchema).not.toHaveAttribute("aria-invalid", "true");
    });

    await test.step("a {{placeholder}} the schema does not require is refused on the URL, and the dialog stays", async () => {
      await form.submit("Add tool");
      await expect(form.fieldError("URL")).toHaveText(CITY_NOT_REQUIRED);
      await expect(form.dialog).toBeVisible();
      // Nothing was added: the empty list is still behind the dialog (hidden from the accessibility tree while it is open).
      await expect(page.getByText("No custom tools yet")).toBeAttached();
    });

    await test.step("with city required it is added and listed; the header shows as a hint only", async () => {
      await form.inputSchema.fill(JSON.stringify(SCHEMA));
      await form.dialog.getByRole("button", { name: "Format JSON", exact: true }).click();
      await expect(form.inputSchema).toHaveValue(JSON.stringify(SCHEMA, null, 2));
      await form.submit("Add tool");
      await expect(form.dialog).toBeHidden();
      await expect(tools.toast("Tool added")).toContainText(`Turn on custom.${name} in an agent's tools`);

      const row = tools.row(name);
      await expect(row).toBeVisible();
      await expect(row).toContainText(DESCRIPTION);
      await expect(row).toContainText("POST");
      await expect(row).toContainText(URL_TEMPLATE);
      await expect(row).toContainText("Timeout 10 s");
      await expect(row.getByRole("listitem")).toHaveText(["city* (required)", "units"]);
      await expect(row).toContainText("X-Api-Key");
      await expect(row).toContainText(hint);
      await expect(row).toContainText("None yet");
      expect(await page.content()).not.toContain(secret);
      const listed = await page.request.get("/api/trpc/customTools.list");
      expect(listed.ok()).toBe(true);
      expect(await listed.text()).not.toContain(secret);
      await page.screenshot({ path: test.info().outputPath("custom-tools.png"), fullPage: true });
    });

    await test.step("editing shows the stored value only as its hint; the value box stays empty", async () => {
      const edit = await tools.openEdit(name);
      await expect(edit.authHeaderName).toHaveValue("X-Api-Key");
      await expect(edit.authHeaderValue).toHaveValue("");
      await expect(edit.authHeaderValue).toHaveAccessibleDescription(`Leave empty to keep the stored value (${hint}).`);
      await expect(edit.dialog.getByRole("checkbox", { name: "Remove the auth header" })).not.toBeChecked();
      expect(await page.content()).not.toContain(secret);
      await page.keyboard.press("Escape");
      await expect(edit.dialog).toBeHidden();
    });

    await test.step("an agent gets the tool in its tool picker, and keeps it after a reload", async () => {
      await agents.goto();
      await expect(await agentCell(agents, AGENT, "Tools")).toHaveText("3");
      await agents.open(AGENT);
      const tool = editor.tool(`custom.${name}`);
      await expect(tool).not.toBeChecked();
      await expect(tool).toHaveAccessibleDescription(DESCRIPTION);
      await tool.check();
      await editor.save();

      await page.reload();
      await expect(editor.heading(AGENT)).toBeVisible();
      await expect(editor.tool(`custom.${name}`)).toBeChecked();
      await expect(editor.tool("Search clients")).toBeChecked();

      await agents.goto();
      await expect(await agentCell(agents, AGENT, "Tools")).toHaveText("4");
      await tools.goto();
      await expect(tools.row(name).getByRole("link", { name: AGENT, exact: true })).toBeVisible();
    });

    await test.step("deleting the tool names the agent that loses it, and takes it off that agent", async () => {
      const confirm = await tools.openDelete(name);
      await expect(confirm).toContainText(`${AGENT} loses it.`);
      await tools.confirmDelete(confirm);
      await expect(tools.toast("Tool deleted")).toContainText(`custom.${name} was removed.`);
      await expect(tools.row(name)).toHaveCount(0);
      await expect(tools.emptyState).toBeVisible();

      await agents.goto();
      await expect(await agentCell(agents, AGENT, "Tools")).toHaveText("3");
      await agents.open(AGENT);
      await expect(editor.tool("Search clients")).toBeChecked();
      await expect(editor.tool(`custom.${name}`)).toHaveCount(0);
      await expect(page.getByText(`custom.${name}`)).toHaveCount(0);
      await expect(page.getByText(/^None yet\. Managers add HTTP tools/)).toBeVisible();
    });
  });

  test("a viewer sees the agency's custom tools but cannot add, edit or delete them", async ({
    page,
    signUpAgency,
    newUserPage,
  }) => {
    const owner = await signUpAgency(page);
    const suffix = uniqueSuffix();
    const name = `weather_${suffix}`;
    const secret = newSecret();
    const created = await page.request.post("/api/trpc/customTools.create", {
      data: {
        json: {
          name,
          description: DESCRIPTION,
          method: "GET",
          url: URL_TEMPLATE,
          inputSchema: SCHEMA,
          authHeaderName: "Authorization",
          authHeaderValue: secret,
        },
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    expect(await created.text()).not.toContain(secret);

    const viewerPage = await newUserPage();
    await inviteAndJoin(
      page,
      viewerPage,
      {
        name: `Vic ${suffix}`,
        email: `tools-viewer-${suffix}@e2e.example.com`,
        password: `viewer pass ${suffix}`,
        role: "Viewer",
      },
      owner.agencyName,
    );

    await new AppShell(viewerPage).navLink("Tools").click();
    const tools = new ToolsPage(viewerPage);
    await expect(tools.heading).toBeVisible();
    await expect(tools.row(name)).toContainText(DESCRIPTION);
    await expect(tools.row(name)).toContainText(`…${secret.slice(-4)}`);
    await expect(tools.newToolButton).toHaveCount(0);
    await expect(tools.editButton(name)).toHaveCount(0);
    await expect(tools.deleteButton(name)).toHaveCount(0);
    await expect(tools.table.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
    expect(await viewerPage.content()).not.toContain(secret);

    const refused = await viewerPage.request.post("/api/trpc/customTools.delete", {
      data: { json: { id: await toolId(viewerPage, name) } },
    });
    expect(refused.status()).toBe(403);
  });
});

/** A custom tool's id, by name, from the list the page's own session may read. */
async function toolId(page: Page, name: string): Promise<string> {
  const response = await page.request.get("/api/trpc/customTools.list");
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: { id: string; name: string }[] } } };
  const tool = body.result.data.json.find((candidate) => candidate.name === name);
  if (!tool) throw new Error(`No custom tool named ${name}`);
  return tool.id;
}
