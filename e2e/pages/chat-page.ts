import { expect, type Locator, type Page } from "@playwright/test";

/** Chat with an agent at /agents/<id>/chat: conversations on the left, the open one on the right. */
export class ChatPage {
  readonly conversations: Locator;
  readonly search: Locator;
  readonly newConversation: Locator;
  readonly messages: Locator;
  readonly answers: Locator;
  readonly message: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  readonly offlineBadge: Locator;

  constructor(readonly page: Page) {
    this.conversations = page.getByRole("navigation", { name: "Conversations" });
    this.search = this.conversations.getByRole("searchbox", { name: "Search conversations" });
    this.newConversation = this.conversations.getByRole("link", { name: "New conversation" });
    this.messages = page.getByRole("list", { name: "Messages" });
    this.answers = this.messages.getByRole("article", { name: "Agent's answer" });
    this.message = page.getByRole("textbox", { name: "Message", exact: true });
    this.sendButton = page.getByRole("button", { name: "Send", exact: true });
    this.stopButton = page.getByRole("button", { name: "Stop", exact: true });
    this.offlineBadge = page.getByText("Offline model", { exact: true });
  }

  heading(agentName: string): Locator {
    return this.page.getByRole("heading", { name: `Chat with ${agentName}`, level: 1 });
  }

  async goto(agentId: string, agentName: string) {
    await this.page.goto(`/agents/${agentId}/chat`);
    await expect(this.heading(agentName)).toBeVisible();
  }

  /** Types the message and presses Enter. */
  async send(text: string) {
    await this.message.fill(text);
    await this.message.press("Enter");
  }

  /** A conversation's link in the list, by its exact title. */
  conversation(title: string): Locator {
    return this.conversations.getByRole("link").filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** A tool call's card inside an answer, by the tool's label ("Search clients"). */
  toolCall(answer: Locator, label: string): Locator {
    return answer.getByRole("group").filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** The tokens-and-cost line under an answer. */
  usage(answer: Locator): Locator {
    return answer.getByText(/ in \/ \d[\d,]* out tokens/);
  }
}
