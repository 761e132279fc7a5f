import { expect, test, uniqueSuffix } from "./fixtures";
import { AgentEditor, AgentsPage } from "./pages/agents-page";
import { AppShell } from "./pages/app-shell";
import { InvitationPage } from "./pages/invitation-page";
import { MailboxPage } from "./pages/mailbox-page";
import { MembersPage } from "./pages/members-page";

/** The default agents a new agency starts with, as the list orders them (by name). */
const DEFAULT_AGENTS = [
  "Analytics",
  "Chief of Staff",
  "Client Management",
  "Creative Intelligence",
  "Marketing Automation",
  "Master Operator",
];
const UNKNOWN_VARIABLE =
  "Unknown variable {{clientt_name}}: use agency_name, client_name or today, or add a custom variable.";

type TrpcErrorBody = { error: { json: { data: { fieldErrors?: Record<string, string> } } } };

test.describe("agents", () => {
  test("an owner finds the default agents, builds a custom one with variables and tools, and deletes it", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const agents = new AgentsPage(page);
    const editor = new AgentEditor(page);

    await test.step("Agents opens from the sidebar with the six default agents, all on the offline model", async () => {
      await new AppShell(page).navLink("Agents").click();
      await expect(agents.heading).toBeVisible();
      await expect(page).toHaveURL(/\/agents$/);
      await expect(agents.names()).toHaveText(DEFAULT_AGENTS);
      for (const name of DEFAULT_AGENTS) await expect(agents.row(name)).toContainText("Offline model");
      await expect(agents.addMissingButton).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath("agents.png"), fullPage: true });
    });

    await test.step("New agent starts from a role, names it, and opens the editor", async () => {
      const dialog = await agents.openNewAgent();
      const role = dialog.getByRole("combobox", { name: "Role", exact: true });
      const name = dialog.getByRole("textbox", { name: "Name", exact: true });
      await role.selectOption({ label: "Creative Intelligence" });
      await expect(name).toHaveValue("Creative Intelligence");
      await expect(role).toHaveAccessibleDescription(/^Scores copy with AIDA/);
      await role.selectOption({ label: "Custom" });
      await expect(name).toHaveValue("Custom agent");
      await expect(role).toHaveAccessibleDescription("Starts empty: write its instructions and choose its tools.");
      await name.fill("Copy doctor");
      await dialog.getByRole("button", { name: "Create agent", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(/\/agents\/[^/]+$/);
      await expect(editor.heading("Copy doctor")).toBeVisible();
      await expect(editor.provider).toHaveValue("");
      await expect(editor.provider.locator("option:checked")).toHaveText(
        "Offline model — connect a provider for real AI",
      );
    });

    await test.step("a mistyped variable is named as the server names it, live and on save", async () => {
      await editor.systemPrompt.fill("You fix copy for {{clientt_name}} at {{agency_name}}.");
      await expect(editor.systemPrompt).toHaveAccessibleDescription(new RegExp(escape(UNKNOWN_VARIABLE)));
      await expect(page.getByRole("alert").filter({ hasText: UNKNOWN_VARIABLE })).toBeVisible();
      await expect(editor.promptVariables.getByRole("listitem")).toHaveText([
        "{{clientt_name}} unknown",
        "{{agency_name}} built in",
      ]);

      const id = page.url().split("/").pop();
      const response = await page.request.post("/api/trpc/agents.update", {
        data: { json: { id, patch: { systemPrompt: "You fix copy for {{clientt_name}}." } } },
      });
      expect(response.status()).toBe(400);
      const body = (await response.json()) as TrpcErrorBody;
      expect(body.error.json.data.fieldErrors?.["patch.systemPrompt"]).toBe(UNKNOWN_VARIABLE);

      // Saving is refused in place, and what was typed stays.
      await editor.saveButton.click();
      await expect(page.getByRole("alert").filter({ hasText: UNKNOWN_VARIABLE })).toBeVisible();
      await expect(editor.systemPrompt).toHaveValue("You fix copy for {{clientt_name}} at {{agency_name}}.");
    });

    await test.step("fixed, with a custom variable and a tool, it saves and survives a reload", async () => {
      await editor.systemPrompt.fill("You fix copy for {{client_name}} at {{agency_name}}. Write in a {{tone}} voice.");
      await expect(editor.promptVariables.getByRole("listitem")).toHaveText([
        "{{client_name}} built in",
        "{{agency_name}} built in",
        "{{tone}} unknown",
      ]);
      await editor.addVariableButton.click();
      await editor.variableName(1).fill("tone");
      await editor.variableValue(1).fill("warm");
      await expect(editor.promptVariables.getByRole("listitem").last()).toHaveText("{{tone}} custom");
      await expect(page.getByRole("alert").filter({ hasText: "Unknown variable" })).toHaveCount(0);
      await editor.tool("AIDA copy score").check();
      await editor.save();

      await page.reload();
      await expect(editor.heading("Copy doctor")).toBeVisible();
      await expect(editor.systemPrompt).toHaveValue(
        "You fix copy for {{client_name}} at {{agency_name}}. Write in a {{tone}} voice.",
      );
      await expect(editor.variableName(1)).toHaveValue("tone");
      await expect(editor.variableValue(1)).toHaveValue("warm");
      await expect(editor.tool("AIDA copy score")).toBeChecked();
      await expect(editor.tool("Send email")).not.toBeChecked();
      await page.screenshot({ path: test.info().outputPath("agent-editor.png"), fullPage: true });
    });

    await test.step("the list shows it with its tool; deleting it asks first, then it is gone", async () => {
      await agents.goto();
      await expect(agents.row("Copy doctor")).toContainText("Custom");
      await expect(agents.row("Copy doctor")).toContainText("Offline model");
      const editorAgain = await agents.open("Copy doctor");
      await editorAgain.delete("Copy doctor");
      await expect(agents.row("Copy doctor")).toHaveCount(0);
      await expect(agents.names()).toHaveText(DEFAULT_AGENTS);
    });
  });

  test("a missing default agent comes back with Add missing default agents", async ({ page, signUpAgency }) => {
    await signUpAgency(page);
    const agents = new AgentsPage(page);
    await agents.goto();
    const editor = await agents.open("Analytics");
    await editor.delete("Analytics");
    await expect(page.getByText("Missing default agents: Analytics.")).toBeVisible();
    await agents.addMissingButton.click();
    await expect(agents.names()).toHaveText(DEFAULT_AGENTS);
    await expect(agents.addMissingButton).toHaveCount(0);
  });

  test("a viewer sees the agents but cannot change them", async ({ page, signUpAgency, newUserPage }) => {
    const owner = await signUpAgency(page);
    const suffix = uniqueSuffix();
    const viewer = { name: `Vera ${suffix}`, email: `agents-viewer-${suffix}@e2e.example.com` };
    await new MembersPage(page).goto();
    await new MembersPage(page).invite(viewer.email, "Viewer");
    const mailbox = new MailboxPage(page);
    await mailbox.goto();
    const link = await mailbox.latestInvitationLink(viewer.email);

    const viewerPage = await newUserPage();
    const invitation = new InvitationPage(viewerPage);
    await invitation.goto(link);
    await invitation.createAccount(viewer.name, `viewer pass ${suffix}`);
    await expect(viewerPage.getByRole("heading", { name: `Welcome to ${owner.agencyName}` })).toBeVisible();

    await new AppShell(viewerPage).navLink("Agents").click();
    const agents = new AgentsPage(viewerPage);
    await expect(agents.names()).toHaveText(DEFAULT_AGENTS);
    await expect(agents.newAgentButton).toHaveCount(0);
    const editor = await agents.open("Creative Intelligence");
    await expect(viewerPage.getByText("a manager or admin can change them")).toBeVisible();
    await expect(editor.name).toBeDisabled();
    await expect(editor.systemPrompt).toBeDisabled();
    await expect(editor.tool("AIDA copy score")).toBeChecked();
    await expect(editor.tool("AIDA copy score")).toBeDisabled();
    await expect(editor.saveButton).toHaveCount(0);
    await expect(editor.deleteButton).toHaveCount(0);
    await expect(editor.addVariableButton).toHaveCount(0);
  });
});

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
