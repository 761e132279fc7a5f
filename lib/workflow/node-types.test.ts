import { describe, expect, it } from "vitest";
import { canConnect, NODE_CATEGORIES } from "./node-meta";
import {
  expressionsIn,
  handlesOf,
  isNodeType,
  NODE_TYPE_NAMES,
  NODE_TYPES,
  nodeHandles,
  nodeTypeMeta,
  type NodeType,
} from "./node-types";

/** A realistic, valid config for every type; the record makes a new type fail here until it has one. */
const SAMPLES: Record<NodeType, unknown> = {
  "trigger.manual": { inputSchema: { type: "object", properties: { brief: { type: "string" } } } },
  "trigger.webhook": { respond: "with_output", signature: "hmac_sha256" },
  "trigger.schedule": { cron: "0 9 * * 1-5", timezone: "Europe/Berlin" },
  "trigger.chat": { channel: "whatsapp" },
  "trigger.portal_form": {
    title: "Request a campaign",
    fields: [{ name: "goal", label: "Goal", type: "select", options: ["Awareness", "Leads"] }],
  },
  agent: { agentId: "agt_1", prompt: "Plan {{ input.goal }} for {{ nodes.lookup.output.name }}" },
  llm: { prompt: "Headlines for {{ input.product }}", system: "You are {{ vars.tone }}" },
  condition: { expression: "nodes.score.output > 50" },
  switch: { cases: [{ id: "de", label: "Germany", expression: "input.country = 'DE'" }] },
  loop: { items: "nodes.fetch.output.items" },
  parallel: { branches: 3 },
  merge: { mode: "first" },
  approval: { message: "Approve {{ nodes.draft.output }}", timeoutMinutes: 60 },
  http: {
    method: "POST",
    url: "https://api.example.com/{{ input.path }}",
    headers: { Authorization: "Bearer {{ vars.token }}" },
    body: "{{ nodes.draft.output }}",
  },
  transform: { expression: "nodes.fetch.output.items" },
  set_variable: { name: "total", value: "nodes.fetch.output.total" },
  delay: { until: "input.sendAt" },
  sub_workflow: { workflowId: "wf_1", input: "nodes.fetch.output" },
  email: { to: "{{ input.email }}", subject: "Report for {{ input.client }}", body: "{{ nodes.report.output }}" },
  guardrail: {
    input: "{{ nodes.draft.output }}",
    checks: [{ kind: "pii_redaction" }, { kind: "banned_words", words: ["free"] }, { kind: "brand", clientId: "c_1" }],
  },
  output: { value: "{{ nodes.draft.output }}" },
  note: { text: "Ask Dana before changing the prompt." },
};

const parse = (type: NodeType, config: unknown) => nodeTypeMeta(type).config.safeParse(config);
const messages = (type: NodeType, config: unknown) => {
  const parsed = parse(type, config);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("NODE_TYPES", () => {
  it("has every listed type and nothing else", () => {
    expect(Object.keys(NODE_TYPES).sort()).toEqual([...NODE_TYPE_NAMES].sort());
    expect(isNodeType("transform")).toBe(true);
    expect(isNodeType("toString")).toBe(false);
  });

  it.each(NODE_TYPE_NAMES)("%s accepts a realistic config and its template fields point at real config", (type) => {
    const parsed = parse(type, SAMPLES[type]);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const found = expressionsIn(type, parsed.data);
    const matches = (pattern: string[], path: (string | number)[]) =>
      pattern.length === path.length && pattern.every((part, at) => part === "*" || part === path[at]);
    for (const field of nodeTypeMeta(type).expressions)
      expect(
        found.some((at) => matches(field.path.split("."), at.path)),
        field.path,
      ).toBe(true);
    expect(NODE_CATEGORIES).toContain(nodeTypeMeta(type).category);
  });

  it("gives triggers no inputs, notes no handles, and flags the steps that reach outside", () => {
    for (const type of NODE_TYPE_NAMES) {
      const meta = nodeTypeMeta(type);
      if (meta.category === "trigger") expect(meta.inputs).toEqual([]);
    }
    expect(nodeHandles("note", { text: "" })).toEqual({ inputs: [], outputs: [] });
    expect(NODE_TYPE_NAMES.filter((type) => nodeTypeMeta(type).sideEffects).sort()).toEqual(
      ["agent", "email", "http", "llm", "sub_workflow"].sort(),
    );
  });

  it("explains missing required settings in plain words", () => {
    expect(messages("agent", {})).toEqual([
      "agentId: Choose the agent to run.",
      expect.stringMatching(/^prompt: Write what/),
    ]);
    expect(messages("email", { to: "a@b.c", subject: " ", body: "Hi" })).toEqual(["subject: Write a subject."]);
    expect(messages("transform", { expression: "1", extra: true })[0]).toMatch(/extra/);
  });

  it("fills in defaults", () => {
    expect(parse("llm", { prompt: "Hi" }).data).toEqual({ prompt: "Hi", temperature: 0.7 });
    expect(parse("http", { url: "https://x.test" }).data).toEqual({
      method: "GET",
      url: "https://x.test",
      headers: {},
    });
    expect(parse("trigger.webhook", {}).data).toMatchObject({ respond: "immediately", waitSeconds: 30 });
  });
});

describe("schedule trigger", () => {
  it("refuses bad cron patterns, per-second patterns, schedules that never run, and unknown zones", () => {
    expect(messages("trigger.schedule", { cron: "0 25 * * *" })[0]).toMatch(
      /^cron: That schedule is not valid \(.*hour/,
    );
    expect(messages("trigger.schedule", { cron: "0 0 9 * * *" })[0]).toMatch(/^cron: .*five parts/);
    expect(messages("trigger.schedule", { cron: "0 0 31 2 *" })).toEqual([
      expect.stringMatching(/^cron: This schedule never runs/),
    ]);
    expect(messages("trigger.schedule", { cron: "@daily", timezone: "Mars/Olympus" })).toEqual([
      expect.stringMatching(/^timezone: Choose a time zone/),
    ]);
    expect(messages("trigger.schedule", { cron: "*/15 * * * *", timezone: "America/New_York" })).toEqual([]);
  });
});

describe("handles", () => {
  const outputs = (type: NodeType, config: unknown, onError?: { mode: "fail" | "continue" | "branch" }) =>
    nodeHandles(type, parse(type, config).data, onError).outputs.map((handle) => handle.id);

  it("gives a switch one output per case plus Default, and keeps case ids stable and distinct", () => {
    const cases = [
      { id: "vip", label: "VIP", expression: "a" },
      { id: "new", label: "New", expression: "b" },
    ];
    expect(outputs("switch", { cases })).toEqual(["vip", "new", "default"]);
    expect(messages("switch", { cases: [{ ...cases[0], id: "default" }] })[0]).toMatch(
      /^cases.0.id: default and error/,
    );
    expect(messages("switch", { cases: [cases[0], cases[0]] })).toEqual(['cases.1.id: Two cases have the id "vip".']);
  });

  it("shows an approval's timeout path only with a timeout, and a parallel's branches by count", () => {
    expect(outputs("approval", { message: "ok?" })).toEqual(["approved", "rejected"]);
    expect(outputs("approval", { message: "ok?", timeoutMinutes: 5 })).toEqual(["approved", "rejected", "timeout"]);
    expect(outputs("parallel", { branches: 3 })).toEqual(["branch_1", "branch_2", "branch_3"]);
    expect(outputs("condition", { expression: "x" })).toEqual(["true", "false"]);
  });

  it("adds the error output to steps whose errors take a branch, never to triggers", () => {
    expect(outputs("transform", { expression: "x" }, { mode: "branch" })).toEqual(["out", "error"]);
    expect(outputs("transform", { expression: "x" }, { mode: "continue" })).toEqual(["out"]);
    expect(outputs("trigger.manual", {}, { mode: "branch" })).toEqual(["out"]);
  });

  it("keeps drawing a half-filled node's handles from its raw config", () => {
    const ids = (config: unknown, onError?: { mode: "branch" }) =>
      handlesOf({ type: "switch", config, onError })?.outputs.map((handle) => handle.id);
    expect(ids({ cases: [{ id: "vip", label: "", expression: "" }] })).toEqual(["vip", "default"]);
    expect(ids({ cases: "soon" })).toEqual([]);
    expect(ids({ cases: "soon" }, { mode: "branch" })).toEqual(["error"]);
    expect(ids({ cases: [{ id: 7 }] })).toEqual(["default"]);
    expect(handlesOf({ type: "ftp", config: {} })).toBeNull();
    expect(handlesOf({ type: "parallel", config: {} })?.outputs).toHaveLength(2);
  });

  it("lets flow outputs reach flow and Continue inputs, and nothing start at Continue", () => {
    expect(canConnect("flow", "flow")).toBe(true);
    expect(canConnect("flow", "loop_back")).toBe(true);
    expect(canConnect("loop_back", "flow")).toBe(false);
    expect(nodeTypeMeta("loop").inputs.map((handle) => [handle.id, handle.kind])).toEqual([
      ["in", "flow"],
      ["continue", "loop_back"],
    ]);
  });
});

describe("other configs", () => {
  it("needs exactly one of a delay's duration and date", () => {
    expect(messages("delay", { durationSeconds: 60 })).toEqual([]);
    expect(messages("delay", {})[0]).toMatch(/either how long/);
    expect(messages("delay", { durationSeconds: 60, until: "input.at" })[0]).toMatch(/not both/);
  });

  it("takes each guardrail check once, and choice fields need options", () => {
    expect(
      messages("guardrail", { input: "x", checks: [{ kind: "pii_redaction" }, { kind: "pii_redaction" }] }),
    ).toEqual(["checks: Each check can be added once."]);
    expect(messages("guardrail", { input: "x", checks: [{ kind: "vibes" }] })[0]).toMatch(/Choose a check/);
    expect(
      messages("trigger.portal_form", { title: "T", fields: [{ name: "pick", label: "Pick", type: "select" }] }),
    ).toEqual(["fields.0.options: A choice field needs at least one option."]);
  });
});

describe("expressionsIn", () => {
  it("finds templates in records and expressions in arrays, with their paths, skipping empty ones", () => {
    expect(expressionsIn("http", { url: "https://x.test", headers: { A: "{{ vars.a }}", B: "" }, body: "" })).toEqual([
      { path: ["url"], kind: "template", text: "https://x.test" },
      { path: ["headers", "A"], kind: "template", text: "{{ vars.a }}" },
    ]);
    expect(
      expressionsIn("switch", {
        cases: [
          { id: "a", label: "A", expression: "x > 1" },
          { id: "b", label: "B", expression: "y" },
        ],
      }).map((at) => at.path),
    ).toEqual([
      ["cases", 0, "expression"],
      ["cases", 1, "expression"],
    ]);
  });
});
