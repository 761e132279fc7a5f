import { describe, expect, it } from "vitest";
import { appError } from "@/test/factories";
import { configOf, nodeContext } from "./test-context";
import {
  triggerChatExecutor,
  triggerManualExecutor,
  triggerPortalFormExecutor,
  triggerScheduleExecutor,
  triggerWebhookExecutor,
} from "./trigger";

const withInput = (input: unknown) => nodeContext({ scope: { input } });

describe("webhook, schedule and chat triggers", () => {
  it("pass the run's input on", async () => {
    const input = { body: { lead: "Ada" }, headers: { "x-source": "crm" } };
    await expect(triggerWebhookExecutor(withInput(input), configOf("trigger.webhook", {}))).resolves.toEqual({
      kind: "done",
      output: input,
    });
    await expect(
      triggerScheduleExecutor(withInput({ firedAt: "2026-03-02T09:00:00Z" }), configOf("trigger.schedule", {})),
    ).resolves.toEqual({ kind: "done", output: { firedAt: "2026-03-02T09:00:00Z" } });
    await expect(triggerChatExecutor(withInput("hello"), configOf("trigger.chat", {}))).resolves.toEqual({
      kind: "done",
      output: "hello",
    });
  });

  it("output null when the run has no input", async () => {
    await expect(triggerWebhookExecutor(withInput(undefined), configOf("trigger.webhook", {}))).resolves.toEqual({
      kind: "done",
      output: null,
    });
  });
});

describe("manual trigger", () => {
  const config = configOf("trigger.manual", {
    inputSchema: {
      type: "object",
      properties: {
        topic: { type: "string" },
        count: { type: "integer" },
        tone: { type: "string", enum: ["formal", "casual"] },
      },
      required: ["topic"],
    },
  });

  it("passes any input on when it has no fields", async () => {
    await expect(triggerManualExecutor(withInput([1, 2]), configOf("trigger.manual", {}))).resolves.toEqual({
      kind: "done",
      output: [1, 2],
    });
  });

  it("passes input that fits its fields on", async () => {
    const input = { topic: "Spring sale", count: 3, tone: "casual" };
    await expect(triggerManualExecutor(withInput(input), config)).resolves.toEqual({ kind: "done", output: input });
  });

  it("refuses input that does not fit, naming each bad field", async () => {
    const error = await appError(triggerManualExecutor(withInput({ count: "3", tone: "loud" }), config));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      `The run's input is not valid. "topic" is required. "count" must be a number, not text. ` +
        `"tone" must be one of "formal", "casual".`,
    );
    expect(error.details?.field).toBe("topic");
  });

  it("refuses fields it does not have and input that is not an object", async () => {
    const extra = await appError(triggerManualExecutor(withInput({ topic: "x", colour: "red" }), config));
    expect(extra.message).toBe(`The run's input is not valid. The input has "colour", which the schema does not list.`);
    const list = await appError(triggerManualExecutor(withInput(["x"]), config));
    expect(list.message).toBe("The run's input is not valid. The input must be an object, not a list.");
  });

  it("reads no input as an empty form", async () => {
    const optional = configOf("trigger.manual", {
      inputSchema: { type: "object", properties: { a: { type: "string" } } },
    });
    await expect(triggerManualExecutor(withInput(null), optional)).resolves.toEqual({ kind: "done", output: {} });
    const error = await appError(triggerManualExecutor(withInput(undefined), config));
    expect(error.message).toBe(`The run's input is not valid. "topic" is required.`);
  });
});

describe("portal form trigger", () => {
  const config = configOf("trigger.portal_form", {
    title: "Request a campaign",
    fields: [
      { name: "brief", label: "Brief", type: "long_text", required: true },
      { name: "budget", label: "Budget", type: "number" },
      { name: "contact", label: "Contact email", type: "email", required: true },
      { name: "site", label: "Website", type: "url" },
      { name: "start", label: "Start date", type: "date" },
      { name: "channel", label: "Channel", type: "select", options: ["email", "social"] },
      { name: "urgent", label: "Urgent", type: "checkbox" },
    ],
  });

  it("passes answers that fit the form on", async () => {
    const input = {
      brief: "Launch the spring range",
      budget: 5000,
      contact: "ada@example.com",
      site: "https://example.com",
      start: "2026-04-01",
      channel: "social",
      urgent: false,
    };
    await expect(triggerPortalFormExecutor(withInput(input), config)).resolves.toEqual({ kind: "done", output: input });
    // Optional fields may be left out, or sent empty.
    const minimal = { brief: "x", contact: "a@b.co", site: "", budget: null };
    await expect(triggerPortalFormExecutor(withInput(minimal), config)).resolves.toEqual({
      kind: "done",
      output: minimal,
    });
  });

  it("refuses missing required answers and answers of the wrong kind, naming each field", async () => {
    const error = await appError(
      triggerPortalFormExecutor(
        withInput({
          brief: "  ",
          budget: "lots",
          site: "ftp://example.com",
          start: "next week",
          channel: "radio",
          urgent: "yes",
          extra: 1,
        }),
        config,
      ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "The run's input is not valid. " +
        [
          `"extra" is not a field of this form.`,
          `"budget" must be a number, not text.`,
          `"contact" is required (Contact email).`,
          `"site" must be a web address starting with https://.`,
          `"start" must be a date such as 2026-03-31.`,
          `"channel" must be one of "email", "social".`,
          `"urgent" must be true or false, not text.`,
        ].join(" "),
    );
    expect(error.details?.field).toBe("extra");
  });

  it("refuses a blank required text field and a malformed email", async () => {
    const error = await appError(triggerPortalFormExecutor(withInput({ brief: "", contact: "ada@" }), config));
    expect(error.message).toBe(
      `The run's input is not valid. "brief" is required (Brief). "contact" must be an email address.`,
    );
  });

  it("refuses input that is not a set of answers", async () => {
    const error = await appError(triggerPortalFormExecutor(withInput("brief"), config));
    expect(error.message).toBe(
      "The run's input is not valid. The input must be the form's answers by field name, not text.",
    );
  });
});
