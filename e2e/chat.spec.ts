import type { Page } from "@playwright/test";
import { startOpenAIServer, type OpenAIServer } from "../test/openai-server";
import { expect, test, trpcQueryUrl, uniqueSuffix } from "./fixtures";
import { AgentsPage } from "./pages/agents-page";
import { agentCell } from "./pages/agents-table-cells";
import { ChatPage } from "./pages/chat-page";

const suffix = uniqueSuffix();
const API_KEY = `sk-chat-${suffix}`;
const QUESTION = "Which clients do we have?";
const CLIENT = `Bluebird Coffee ${suffix}`;
const ANSWER_START = "You have one client so far:";
const ANSWER_END = "follow-up task for them.";
const ANSWER =
  `${ANSWER_START} **${CLIENT}**, a lead. It has no campaigns yet, so there is nothing to report on spend or ` +
  `results. Shall I draft a first email to introduce the agency and add a ${ANSWER_END}`;
const OFFLINE_LABEL = "Offline model — connect a provider for real AI";

type TrpcBody<T> = { result: { data: { json: T } } };

async function trpcMutation<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as TrpcBody<T>).result.data.json;
}

async function trpcQuery<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const response = await page.request.get(input === undefined ? `/api/trpc/${path}` : trpcQueryUrl(path, input));
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as TrpcBody<T>).result.data.json;
}

/** A provider on the fake OpenAI server (its model priced $1 / $2 per million tokens) and an agent on it. */
async function createAgentOnFakeServer(page: Page, agentName: string): Promise<string> {
  const provider = await trpcMutation<{ id: string }>(page, "providers.create", {
    name: `Fake OpenAI ${suffix}`,
    kind: "openai_compatible",
    baseUrl: server.url,
    apiKey: API_KEY,
    defaultModel: "gpt-test-mini",
    models: [{ id: "gpt-test-mini", inputPerMillion: 1, outputPerMillion: 2 }],
  });
  const agent = await trpcMutation<{ id: string }>(page, "agents.create", {
    name: agentName,
    template: "client_management",
    providerId: provider.id,
  });
  return agent.id;
}

/** What the app shows for a cost: dollars with 2 to 6 decimals ("$0.000153", "$0.00"). */
function shownCost(inputTokens: number, outputTokens: number): string {
  const dollars = Math.round(inputTokens * 1 + outputTokens * 2) / 1_000_000;
  return `$${dollars.toFixed(6).replace(/0{1,4}$/, "")}`;
}

/** What the model was sent by each chat completion request since `start`, as JSON text. */
function modelInputsSince(start: number): string[] {
  return server.requests
    .slice(start)
    .filter((request) => request.path.endsWith("/chat/completions"))
    .map((request) => JSON.stringify(request.body.messages));
}

let server: OpenAIServer;

test.beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: API_KEY, models: ["gpt-test-mini"] });
});

test.afterAll(async () => {
  await server.close();
});

test.describe("chat with an agent", () => {
  test("an answer streams with its tool call, shows its usage, and comes back after a reload", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const chat = new ChatPage(page);
    const agentName = `Client desk ${suffix}`;

    const agentId = await test.step("a provider on the fake OpenAI server, an agent on it, one client", async () => {
      const id = await createAgentOnFakeServer(page, agentName);
      await trpcMutation(page, "clients.create", { name: CLIENT });
      return id;
    });

    const requestsBefore = server.requests.length;
    server.script([
      { kind: "tool_call", name: "clients_search", arguments: { query: "Bluebird" } },
      { kind: "text", text: ANSWER, tokenDelayMs: 40 },
    ]);

    await test.step("the agents list opens the chat, empty, with the provider's model in the header", async () => {
      await page.goto("/agents");
      await page.getByRole("link", { name: `Chat with ${agentName}`, exact: true }).click();
      await expect(chat.heading(agentName)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/agents/${agentId}/chat$`));
      await expect(page.getByText(`Fake OpenAI ${suffix} · default model`)).toBeVisible();
      await expect(chat.offlineBadge).toHaveCount(0);
      await expect(chat.conversations).toContainText("No conversations yet.");
    });

    const answer = chat.answers.first();
    await test.step("Enter sends; the tool call shows as done and the answer grows word by word", async () => {
      await chat.send(QUESTION);
      await expect(chat.message).toHaveValue("");
      await expect(chat.messages.getByRole("listitem").first()).toHaveText(`You: ${QUESTION}`);
      await expect(chat.stopButton).toBeVisible();

      const tool = chat.toolCall(answer, "Search clients");
      await expect(tool).toContainText("done");

      // Sample the answer while it streams: it must be seen started but not yet finished.
      let sawPartial = false;
      await expect
        .poll(
          async () => {
            const text = (await answer.textContent()) ?? "";
            if (text.includes(ANSWER_START) && !text.includes(ANSWER_END)) sawPartial = true;
            return text.includes(ANSWER_END);
          },
          { intervals: [25], timeout: 15_000 },
        )
        .toBe(true);
      expect(sawPartial, "the answer was seen part-way").toBe(true);
      await expect(answer.locator("strong")).toHaveText(CLIENT);
      await expect(chat.sendButton).toBeVisible();
      await expect(chat.page).toHaveURL(/\?c=[^&]+$/);

      await tool.getByText("Search clients").click();
      await expect(tool).toContainText('"query": "Bluebird"');
      await expect(tool).toContainText(`"name": "${CLIENT}"`);
    });

    await test.step("the answer's tokens match the server's, and its cost follows from the prices", async () => {
      const usages = server.requests.slice(requestsBefore).map((request) => request.usage);
      expect(usages).toHaveLength(2);
      const inputTokens = usages.reduce((sum, usage) => sum + (usage?.prompt_tokens ?? 0), 0);
      const outputTokens = usages.reduce((sum, usage) => sum + (usage?.completion_tokens ?? 0), 0);
      await expect(chat.usage(answer)).toHaveText(
        `${inputTokens} in / ${outputTokens} out tokens · ${shownCost(inputTokens, outputTokens)}`,
      );
      await expect(chat.conversation(QUESTION)).toHaveAttribute("aria-current", "page");
      await page.screenshot({ path: test.info().outputPath("chat-answer.png"), fullPage: true });
    });

    await test.step("after a reload the conversation is listed and its messages come back", async () => {
      const url = page.url();
      await page.reload();
      expect(page.url()).toBe(url);
      await expect(chat.conversation(QUESTION)).toHaveAttribute("aria-current", "page");
      await expect(chat.conversation(QUESTION)).toContainText("2 messages");
      await expect(chat.messages.getByRole("listitem").first()).toHaveText(`You: ${QUESTION}`);
      await expect(answer).toContainText(ANSWER_END);
      await expect(answer.locator("strong")).toHaveText(CLIENT);
      await expect(chat.toolCall(answer, "Search clients")).toContainText("done");
      await expect(chat.usage(answer)).toContainText(/ · \$0\.\d+$/);
      await page.screenshot({ path: test.info().outputPath("chat-reloaded.png"), fullPage: true });
    });
  });

  test("an agent without a provider answers with the offline model, and says so", async ({ page, signUpAgency }) => {
    await signUpAgency(page);
    const chat = new ChatPage(page);
    const agents = await trpcQuery<{ id: string; name: string; providerId: string | null }[]>(page, "agents.list");
    const offline = agents.find((agent) => agent.providerId === null);
    if (!offline) throw new Error("a new agency should start with agents on the offline model");

    await chat.goto(offline.id, offline.name);
    await expect(chat.offlineBadge).toBeVisible();
    await chat.send(QUESTION);
    const answer = chat.answers.first();
    await expect(answer).toContainText(OFFLINE_LABEL);
    await expect(chat.sendButton).toBeVisible();
    await expect(chat.usage(answer)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("chat-offline.png"), fullPage: true });
  });

  test("Stop keeps a partial answer, a provider error is shown as worded, and conversations are renamed and deleted", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const chat = new ChatPage(page);
    const agentName = `Stop desk ${suffix}`;
    const agentId = await createAgentOnFakeServer(page, agentName);
    const first = "Draft a long welcome note";
    const renamed = `Welcome note ${suffix}`;

    await test.step("Stop ends a stalled answer; it is kept, marked incomplete, also after a reload", async () => {
      server.script({ kind: "stall", afterChunks: 3, text: "Dear new client, welcome aboard and thank you." });
      await chat.goto(agentId, agentName);
      await chat.send(first);
      const answer = chat.answers.first();
      await expect(answer).toContainText("Dear new client,");
      await chat.stopButton.click();
      await expect(chat.sendButton).toBeVisible();
      await expect(answer).toContainText("Stopped — incomplete");
      await expect(chat.conversation(first)).toHaveAttribute("aria-current", "page");
      // The server saves the partial answer once it sees the request go: wait for it before reloading.
      const id = new URL(page.url()).searchParams.get("c");
      await expect
        .poll(async () => {
          const saved = await trpcQuery<{ messages: { status: string }[] }>(page, "conversations.get", { id });
          return saved.messages.map((message) => message.status);
        })
        .toEqual(["complete", "incomplete"]);
      await page.reload();
      await expect(answer).toContainText("Dear new client,");
      await expect(answer).toContainText("Stopped — incomplete");
      await expect(answer).not.toContainText("thank you.");
    });

    await test.step("Markdown code blocks render; raw HTML in an answer stays text", async () => {
      server.script({
        kind: "text",
        text: "Here it is:\n\n```\nconst greeting = 'welcome';\n```\n\nNo <b>bold</b> tags.",
      });
      await chat.send("Show the greeting as code");
      const answer = chat.answers.nth(1);
      await expect(answer.locator("pre code")).toHaveText("const greeting = 'welcome';");
      await expect(answer).toContainText("No <b>bold</b> tags.");
      await expect(answer.locator("b")).toHaveCount(0);
    });

    await test.step("the provider's refusal arrives in the stream and is shown as the server words it", async () => {
      server.script({ kind: "error", status: 401, message: "Incorrect API key provided: sk-revo…" });
      await chat.send("Are you there?");
      const answer = chat.answers.nth(2);
      await expect(answer.getByRole("alert")).toHaveText(
        "The provider refused the API key (401): Incorrect API key provided: sk-revo… Check the key in Model providers.",
      );
      await expect(chat.sendButton).toBeVisible();
      await page.screenshot({ path: test.info().outputPath("chat-stop-error.png"), fullPage: true });
    });

    await test.step("a conversation is renamed, found by search, and deleted", async () => {
      await chat.conversations.getByRole("button", { name: `Rename ${first}`, exact: true }).click();
      const rename = page.getByRole("dialog", { name: "Rename conversation" });
      await rename.getByRole("textbox", { name: "Title" }).fill(renamed);
      await rename.getByRole("button", { name: "Save title" }).click();
      await expect(rename).toBeHidden();
      await expect(chat.conversation(renamed)).toBeVisible();

      await chat.search.fill("no such title");
      await expect(chat.conversations).toContainText("No conversation title matches that search.");
      await chat.search.fill("welcome");
      await expect(chat.conversation(renamed)).toBeVisible();

      await chat.conversations.getByRole("button", { name: `Delete ${renamed}`, exact: true }).click();
      const confirm = page.getByRole("dialog", { name: `Delete “${renamed}”?` });
      await confirm.getByRole("button", { name: "Delete conversation" }).click();
      await expect(confirm).toBeHidden();
      await expect(chat.conversation(renamed)).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`/agents/${agentId}/chat$`));
      await expect(chat.messages).toHaveCount(0);
    });
  });

  test("a sent message is edited and resent, the last answer regenerated, and the conversation is saved that way", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const chat = new ChatPage(page);
    const agentName = `Edit desk ${suffix}`;
    const agentId = await createAgentOnFakeServer(page, agentName);
    const first = "Draft a welcome email for the new client";
    const second = "Make it shorter";
    const edited = "Write a thank-you note to the new client instead";
    const firstAnswer = "Subject: Welcome aboard. Dear client, we are glad to have you with us.";
    const secondAnswer = "Subject: Welcome. Glad to have you.";
    const editedAnswer = "Dear client, thank you for choosing us. We look forward to working together.";
    const regenerated =
      "Thank you for trusting us with your brand; we are excited to start on your first campaign together very soon.";
    const items = chat.messages.getByRole("listitem");
    const editButtons = chat.messages.getByRole("button", { name: "Edit message", exact: true });
    const regenerateButtons = chat.messages.getByRole("button", { name: "Regenerate", exact: true });
    const openConversation = chat.conversations.locator('a[aria-current="page"]');
    let conversationId: string | null = null;

    await test.step("two questions, two answers; only the last answer offers Regenerate", async () => {
      server.script([
        { kind: "text", text: firstAnswer },
        { kind: "text", text: secondAnswer },
      ]);
      await chat.goto(agentId, agentName);
      await chat.send(first);
      await expect(chat.answers.first()).toContainText(firstAnswer);
      await expect(chat.sendButton).toBeVisible();
      await chat.send(second);
      await expect(chat.answers.nth(1)).toContainText(secondAnswer);
      await expect(chat.sendButton).toBeVisible();
      await expect(items).toHaveCount(4);
      await expect(editButtons).toHaveCount(2);
      await expect(regenerateButtons).toHaveCount(1);
      await expect(chat.answers.nth(1).getByRole("button", { name: "Regenerate", exact: true })).toBeVisible();
      await expect(openConversation).toContainText("4 messages");
      conversationId = new URL(page.url()).searchParams.get("c");
      expect(conversationId).toBeTruthy();
    });

    const firstItem = items.first();
    const editButton = firstItem.getByRole("button", { name: "Edit message", exact: true });
    const editor = firstItem.getByRole("textbox", { name: "Edit your message" });
    const saveAndSend = firstItem.getByRole("button", { name: "Save & send", exact: true });

    await test.step("Edit opens the message in place; empty text is refused there; Escape cancels", async () => {
      await editButton.click();
      await expect(editor).toBeFocused();
      await expect(editor).toHaveValue(first);
      const requestsBefore = server.requests.length;
      await editor.fill("   ");
      await saveAndSend.click();
      await expect(firstItem.getByRole("alert")).toHaveText("Write a message first.");
      await expect(editor).toHaveAttribute("aria-invalid", "true");
      await expect(items).toHaveCount(4);
      expect(server.requests.length).toBe(requestsBefore);

      await editor.press("Escape");
      await expect(editor).toHaveCount(0);
      await expect(editButton).toBeFocused();
      await expect(firstItem).toHaveText(`You: ${first}`);
      await expect(items).toHaveCount(4);
    });

    await test.step("Save & send replaces the message, and its answer and everything after it", async () => {
      server.script({ kind: "text", text: editedAnswer });
      const requestsBefore = server.requests.length;
      await editButton.press("Enter");
      await expect(editor).toBeFocused();
      await editor.fill(edited);
      await saveAndSend.click();
      await expect(chat.message).toBeFocused();
      await expect(chat.answers.first()).toContainText(editedAnswer);
      await expect(chat.sendButton).toBeVisible();
      await expect(items).toHaveCount(2);
      await expect(firstItem).toHaveText(`You: ${edited}`);
      await expect(chat.messages).not.toContainText(firstAnswer);
      await expect(chat.messages).not.toContainText(second);
      await expect(chat.messages).not.toContainText(secondAnswer);
      // Edited in place: the same conversation, now two messages long.
      expect(new URL(page.url()).searchParams.get("c")).toBe(conversationId);
      await expect(openConversation).toContainText("2 messages");
      await expect(chat.conversations.getByRole("link").filter({ hasText: / messages$/ })).toHaveCount(1);

      const inputs = modelInputsSince(requestsBefore);
      expect(inputs).toHaveLength(1);
      const seen = inputs[0] ?? "";
      expect(seen).toContain(edited);
      for (const gone of [first, firstAnswer, second, secondAnswer]) expect(seen).not.toContain(gone);
    });

    await test.step("Regenerate replaces the last answer; Edit and Regenerate wait while it streams", async () => {
      server.script({ kind: "text", text: regenerated, tokenDelayMs: 80 });
      const requestsBefore = server.requests.length;
      await regenerateButtons.click();
      await expect(chat.message).toBeFocused();
      await expect(chat.stopButton).toBeVisible();
      await expect(regenerateButtons).toHaveCount(0);
      await expect(editButtons).toHaveCount(0);
      await expect(chat.messages).not.toContainText(editedAnswer);
      await expect(chat.answers.first()).toContainText(regenerated);
      await expect(chat.sendButton).toBeVisible();
      await expect(items).toHaveCount(2);
      await expect(firstItem).toHaveText(`You: ${edited}`);
      await expect(chat.answers).toHaveCount(1);
      await expect(regenerateButtons).toHaveCount(1);

      const inputs = modelInputsSince(requestsBefore);
      expect(inputs).toHaveLength(1);
      const seen = inputs[0] ?? "";
      // The person's message once (not resent as a second copy), and no trace of the answer replaced.
      expect(seen.split(edited)).toHaveLength(2);
      expect(seen).not.toContain(editedAnswer);
      await page.screenshot({ path: test.info().outputPath("chat-edited.png"), fullPage: true });
    });

    await test.step("saved as edited: the new text and one answer, also after a reload", async () => {
      await expect
        .poll(async () => {
          const saved = await trpcQuery<{ messages: { role: string; parts: { type: string; text?: string }[] }[] }>(
            page,
            "conversations.get",
            { id: conversationId },
          );
          return saved.messages
            .filter((message) => message.role !== "system")
            .map((message) => `${message.role}: ${message.parts.map((part) => part.text ?? "").join("")}`);
        })
        .toEqual([`user: ${edited}`, `assistant: ${regenerated}`]);
      await page.reload();
      await expect(openConversation).toContainText("2 messages");
      await expect(items).toHaveCount(2);
      await expect(firstItem).toHaveText(`You: ${edited}`);
      await expect(chat.answers).toHaveCount(1);
      await expect(chat.answers.first()).toContainText(regenerated);
      for (const gone of [firstAnswer, second, secondAnswer, editedAnswer]) {
        await expect(chat.messages).not.toContainText(gone);
      }
    });
  });

  test("the Chief of Staff delegates to Analytics, shows its answer in the hand-off, and Analytics' runs go up", async ({
    page,
    signUpAgency,
  }) => {
    await signUpAgency(page);
    const chat = new ChatPage(page);
    const agents = new AgentsPage(page);
    const task = "show campaign performance for the last 30 days";

    await test.step("Analytics has no runs yet", async () => {
      await agents.goto();
      await expect(await agentCell(agents, "Analytics", "Runs")).toHaveText("0");
      await expect(await agentCell(agents, "Analytics", "Success")).toHaveText("—");
    });

    const answer = chat.answers.first();
    const handOff = chat.toolCall(answer, "Delegate to agents");
    await test.step("on the offline model, the Chief of Staff hands the question to Analytics and reports back", async () => {
      await page.getByRole("link", { name: "Chat with Chief of Staff", exact: true }).click();
      await expect(chat.heading("Chief of Staff")).toBeVisible();
      await expect(chat.offlineBadge).toBeVisible();
      await chat.send(`delegate to Analytics: ${task}`);
      await expect(handOff).toContainText("done");
      await expect(answer).toContainText("Here is what agents_delegate returned: agent: Analytics; status: succeeded;");
      await expect(chat.sendButton).toBeVisible();
      await expect(answer).toContainText(OFFLINE_LABEL);
    });

    await test.step("the hand-off's card holds the task it gave and the answer Analytics wrote", async () => {
      await handOff.getByText("Delegate to agents", { exact: true }).click();
      await expect(handOff).toContainText(`"task": "${task}"`);
      // The output is the block with the delegated run's id; the input has none.
      const output = handOff.locator("pre").filter({ hasText: '"runId":' });
      await expect(output).toContainText('"agent": "Analytics"');
      await expect(output).toContainText('"status": "succeeded"');
      // Analytics, on the offline model too, pulled the numbers itself and summarized them.
      await expect(output).toContainText(`"answer": "${OFFLINE_LABEL}`);
      await expect(output).toContainText("Here is what campaigns_metrics returned:");
      await expect(output).toContainText('"campaigns.metrics"');
      await page.screenshot({ path: test.info().outputPath("chat-delegated.png"), fullPage: true });
    });

    await test.step("the Agents page counts the delegated run for Analytics", async () => {
      await agents.goto();
      await expect(await agentCell(agents, "Analytics", "Runs")).toHaveText("1");
      await expect(await agentCell(agents, "Analytics", "Success")).toHaveText(/^100\s?%$/);
    });
  });
});
