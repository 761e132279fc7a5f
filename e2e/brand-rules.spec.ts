import { expect, test, uniqueSuffix } from "./fixtures";
import { AgentsPage } from "./pages/agents-page";
import { ChatPage } from "./pages/chat-page";
import { ClientBrandRulesForm, ClientBrandRulesView } from "./pages/client-brand-rules";
import { ClientDetailPage, ClientsPage } from "./pages/clients-page";
import { inviteAndJoin } from "./pages/join-agency";

const OFFLINE_LABEL = "Offline model — connect a provider for real AI";
const NEEDS_A_LETTER = "Each banned word needs at least one letter or digit.";

test.describe("brand rules", () => {
  test("an owner sets a client's brand rules, a viewer reads them, and Creative Intelligence checks copy against them", async ({
    page,
    signUpAgency,
    newUserPage,
  }) => {
    const owner = await signUpAgency(page);
    const suffix = uniqueSuffix();
    const client = `Bluebird Roasters ${suffix}`;
    const copy = "Our cheapest coffee ever, roasted fresh for the neighbourhood.";
    const clients = new ClientsPage(page);
    const detail = new ClientDetailPage(page);
    const form = new ClientBrandRulesForm(detail.details);
    const savedToast = page.locator('[data-slot="toast"]').filter({ hasText: "Changes saved" });

    let id = "";
    await test.step("a new client starts with empty brand rules in its Details form", async () => {
      await clients.goto();
      await clients.createClient({ name: client, industry: "Coffee" });
      id = await clients.openClient(client);
      await expect(detail.heading).toHaveText(client);
      await expect(form.group).toBeVisible();
      await expect(form.bannedWords).toHaveValue("");
      await expect(form.disclaimers).toHaveValue("");
      await expect(form.toneKeywords).toHaveValue("");
      await expect(form.bannedWords).toHaveAccessibleDescription(/^Words or phrases the copy must never use/);
    });

    await test.step("a banned word without a letter is refused in place, and nothing is saved", async () => {
      await form.fill({ bannedWords: "cheapest, !!!" });
      await detail.saveButton.click();
      await expect(form.errors()).toHaveText(NEEDS_A_LETTER);
      await expect(form.bannedWords).toHaveAttribute("aria-invalid", "true");
      await expect(form.bannedWords).toHaveAccessibleDescription(new RegExp(`${escape(NEEDS_A_LETTER)}$`));
      await expect(form.bannedWords).toHaveValue("cheapest, !!!");
      await expect(savedToast).toHaveCount(0);
    });

    await test.step("saved, the rules come back tidied: trimmed, one space, duplicates dropped", async () => {
      await form.fill({
        bannedWords: "cheapest\nbest   ever, Cheapest",
        disclaimers: "Offer valid while stocks last.\n   \nPrices include VAT.",
        toneKeywords: "warm, local,fresh",
      });
      await detail.saveButton.click();
      await expect(savedToast).toBeVisible();
      await expect(form.errors()).toHaveCount(0);
      await expect(form.bannedWords).toHaveValue("cheapest, best ever");
      await expect(form.disclaimers).toHaveValue("Offer valid while stocks last.\nPrices include VAT.");
      await expect(form.toneKeywords).toHaveValue("warm, local, fresh");
    });

    await test.step("after a reload the rules are still there", async () => {
      await page.reload();
      await expect(detail.heading).toHaveText(client);
      await expect(form.bannedWords).toHaveValue("cheapest, best ever");
      await expect(form.disclaimers).toHaveValue("Offer valid while stocks last.\nPrices include VAT.");
      await expect(form.toneKeywords).toHaveValue("warm, local, fresh");
      await page.screenshot({ path: test.info().outputPath("brand-rules-form.png"), fullPage: true });
    });

    await test.step("a viewer sees the rules read-only on the client's page", async () => {
      const viewerPage = await newUserPage();
      await inviteAndJoin(
        page,
        viewerPage,
        {
          name: `Vera ${suffix}`,
          email: `brand-viewer-${suffix}@e2e.example.com`,
          password: `viewer pass ${suffix}`,
          role: "Viewer",
        },
        owner.agencyName,
      );
      await new ClientDetailPage(viewerPage).goto(id);
      const view = new ClientBrandRulesView(viewerPage);
      await expect(view.region).toBeVisible();
      await expect(view.empty).toHaveCount(0);
      await expect(view.entries("Banned words")).toHaveText(["cheapest", "best ever"]);
      await expect(view.entries("Required disclaimers")).toHaveText([
        "Offer valid while stocks last.",
        "Prices include VAT.",
      ]);
      await expect(view.entries("Tone keywords")).toHaveText(["warm", "local", "fresh"]);
      await expect(viewerPage.getByRole("textbox", { name: "Banned words" })).toHaveCount(0);
      await viewerPage.screenshot({ path: test.info().outputPath("brand-rules-read-only.png"), fullPage: true });
    });

    await test.step("Creative Intelligence, on the offline model, runs Brand check on copy with a banned word", async () => {
      const agents = new AgentsPage(page);
      await agents.goto();
      await page.getByRole("link", { name: "Chat with Creative Intelligence", exact: true }).click();
      const chat = new ChatPage(page);
      await expect(chat.heading("Creative Intelligence")).toBeVisible();
      await expect(chat.offlineBadge).toBeVisible();

      await chat.send(`brand check for ${client}: "${copy}"`);
      const answer = chat.answers.first();
      const tool = chat.toolCall(answer, "Brand check");
      await expect(tool).toContainText("done");
      await expect(answer).toContainText("Here is what brand_check returned:");
      await expect(answer).toContainText("passed: no; bannedWords: 1 result: cheapest;");
      await expect(answer).toContainText(OFFLINE_LABEL);
      await expect(chat.sendButton).toBeVisible();

      await tool.getByText("Brand check", { exact: true }).click();
      // The input the offline model read from the message: the quoted copy and the client named before it.
      await expect(tool).toContainText(`"text": "${copy}"`);
      await expect(tool).toContainText(`"client": "${client}"`);
      // The result: failed on the banned word (the missing disclaimer too), with the client it resolved.
      await expect(tool).toContainText(`"name": "${client}"`);
      await expect(tool).toContainText('"passed": false');
      await expect(tool).toContainText('"word": "cheapest"');
      await expect(tool).toContainText('"count": 1');
      await expect(tool).toContainText('"Prices include VAT."');
      await expect(tool).not.toContainText('"word": "best ever"');
      await page.screenshot({ path: test.info().outputPath("brand-check-chat.png"), fullPage: true });
    });
  });
});

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
