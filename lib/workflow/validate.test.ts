import { describe, expect, it } from "vitest";
import { edge, graph, node, start, step } from "./fixtures";
import { type TWorkflowGraph } from "./graph";
import { validateGraph, type GraphError } from "./validate";

const errors = (input: unknown) => validateGraph(input).errors;
const codes = (input: unknown) => errors(input).map((error) => error.code);
const only = (input: unknown): GraphError => {
  const found = errors(input);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** start → fetch → mail, valid. */
const linear = (): TWorkflowGraph =>
  graph(
    [
      start(),
      node("fetch", "http", { url: "https://api.example.com/posts" }, { name: "Fetch" }),
      node(
        "mail",
        "email",
        { to: "team@example.com", subject: "Posts", body: "{{ nodes.fetch.output.body }}" },
        { name: "Send email" },
      ),
    ],
    [edge("start", "fetch"), edge("fetch", "mail")],
  );

describe("validateGraph: shape, nodes and config", () => {
  it("accepts a sound graph", () => {
    expect(validateGraph(linear())).toEqual({ ok: true, errors: [] });
  });

  it("reports a malformed graph on the node the problem is in, by its id", () => {
    const input = { ...linear(), nodes: [...linear().nodes, { id: "broken", type: "transform", config: {} }] };
    expect(only(input)).toMatchObject({ nodeId: "broken", field: "position", code: "invalid_graph" });
    expect(errors({ nodes: "no" }).map((error) => [error.field, error.code])).toEqual([
      ["version", "invalid_graph"],
      ["nodes", "invalid_graph"],
      ["edges", "invalid_graph"],
    ]);
    const duplicated = linear();
    duplicated.nodes.push(step("fetch"));
    expect(only(duplicated)).toMatchObject({ nodeId: "fetch", field: "id", code: "duplicate_node_id" });
  });

  it("names unknown types", () => {
    const input = linear();
    input.nodes[1] = { ...input.nodes[1]!, type: "ftp" };
    expect(only(input)).toEqual({
      nodeId: "fetch",
      field: "type",
      code: "unknown_type",
      message: `'Fetch' is a "ftp" step, which Switchboard does not know. Replace it with one from the palette.`,
    });
  });

  it("maps config problems to the field, in the schema's words, with the step's name", () => {
    const input = linear();
    input.nodes[2]!.config = { to: "team@example.com", subject: "", body: "x", colour: "red" };
    expect(errors(input)).toEqual([
      { nodeId: "mail", field: "config.subject", code: "invalid_config", message: "'Send email': Write a subject." },
      {
        nodeId: "mail",
        field: "config.colour",
        code: "invalid_config",
        message: `'Send email' has a setting this step does not know: "colour". Remove it.`,
      },
    ]);
    input.nodes[2]!.config = undefined;
    expect(errors(input).map((error) => error.field)).toEqual(["config.to", "config.subject", "config.body"]);
  });

  it("refuses step settings on triggers and notes", () => {
    const input = linear();
    input.nodes[0] = { ...input.nodes[0]!, retry: { attempts: 2, backoffMs: 10, maxBackoffMs: 10 } };
    input.nodes.push(node("memo", "note", {}, { timeoutMs: 5_000 }));
    expect(errors(input).map((error) => [error.nodeId, error.field, error.code])).toEqual([
      ["start", "retry", "not_applicable"],
      ["memo", "timeoutMs", "not_applicable"],
    ]);
  });
});

describe("validateGraph: connections", () => {
  it("reports connections to missing steps and handles", () => {
    const input = linear();
    input.edges.push(edge("fetch", "ghost"), edge("fetch", "mail", "maybe"), edge("fetch", "mail", "out", "side"));
    expect(errors(input)).toEqual([
      {
        edgeId: "fetch.out-ghost.in",
        code: "edge_missing_node",
        message: 'A connection ends at a step "ghost" that is not in the workflow. Delete the connection.',
      },
      {
        edgeId: "fetch.maybe-mail.in",
        nodeId: "fetch",
        code: "edge_missing_handle",
        message: `'Fetch' has no "maybe" output (its outputs: Out). Reconnect the connection or delete it.`,
      },
      {
        edgeId: "fetch.out-mail.side",
        nodeId: "mail",
        code: "edge_missing_handle",
        message: `'Send email' has no "side" input (its inputs: In). Reconnect the connection or delete it.`,
      },
    ]);
  });

  it("refuses input-to-input and output-to-output connections, and connections into a trigger", () => {
    const input = linear();
    input.edges.push(edge("mail", "fetch", "in", "in"), edge("fetch", "mail", "out", "out"), edge("mail", "start"));
    expect(errors(input).map((error) => [error.code, error.nodeId])).toEqual([
      ["incompatible_handles", "mail"],
      ["incompatible_handles", "mail"],
      ["edge_missing_handle", "start"],
    ]);
    expect(errors(input)[2]?.message).toMatch(/is a trigger: it starts the workflow/);
  });

  it("reports the same connection made twice, and connections leaving an Output", () => {
    const input = graph(
      [start(), node("out", "output", { value: "1" }), step("after")],
      [edge("start", "out"), { ...edge("start", "out"), id: "again" }, edge("out", "after")],
    );
    expect(errors(input).map((error) => [error.code, error.edgeId ?? error.nodeId])).toEqual([
      ["duplicate_edge", "again"],
      ["edge_missing_handle", "out.out-after.in"],
    ]);
  });

  it("knows handles that depend on config: switch cases, the error branch", () => {
    const route = node("route", "switch", { cases: [{ id: "vip", label: "VIP", expression: "input.vip" }] });
    const input = graph(
      [start(), route, step("a"), step("b"), step("c", "1")],
      [edge("start", "route"), edge("route", "a", "vip"), edge("route", "b", "default"), edge("route", "c", "error")],
    );
    expect(only(input)).toMatchObject({
      code: "edge_missing_handle",
      message: expect.stringMatching(/no "error" output \(its outputs: VIP, Default\)/),
    });
    input.nodes[1] = { ...route, onError: { mode: "branch" } };
    expect(errors(input)).toEqual([]);
  });

  it("does not pile handle errors on a step whose config is already wrong", () => {
    const input = graph(
      [start(), node("route", "switch", { cases: [] }), step("a")],
      [edge("start", "route"), edge("route", "a", "vip")],
    );
    expect(errors(input).map((error) => error.code)).toEqual(["invalid_config"]);
  });
});

describe("validateGraph: trigger, reachability, cycles", () => {
  it("needs exactly one trigger", () => {
    expect(only(graph([step("a")]))).toMatchObject({ code: "no_trigger" });
    const two = linear();
    two.nodes.push(node("hook", "trigger.webhook", {}, { name: "Hook" }));
    expect(only(two)).toMatchObject({
      nodeId: "hook",
      code: "multiple_triggers",
      message: expect.stringMatching(/^'Hook' is a second trigger; a workflow starts one way, at 'start'/),
    });
  });

  it("needs an Output step when the webhook answers with the output", () => {
    const input = linear();
    input.nodes[0] = node("start", "trigger.webhook", { respond: "with_output" }, { name: "Lead form" });
    expect(only(input)).toMatchObject({ nodeId: "start", field: "config.respond", code: "no_output" });
    input.nodes.push(node("answer", "output", { value: "{{ nodes.fetch.output }}" }));
    input.edges.push(edge("fetch", "answer"));
    expect(errors(input)).toEqual([]);
  });

  it("reports steps the trigger cannot reach, but not notes", () => {
    const input = linear();
    input.nodes.push(step("island"), node("memo", "note"));
    expect(only(input)).toEqual({
      nodeId: "island",
      code: "unreachable",
      message: "'island' is not connected to the trigger, so it would never run. Connect it or delete it.",
    });
  });

  it("refuses cycles outside a loop, on every step of the cycle", () => {
    const input = graph(
      [start(), step("a"), step("b"), step("c")],
      [edge("start", "a"), edge("a", "b"), edge("b", "c"), edge("c", "a")],
    );
    const found = errors(input);
    expect(found.map((error) => [error.code, error.nodeId])).toEqual([
      ["cycle", "a"],
      ["cycle", "b"],
      ["cycle", "c"],
    ]);
    expect(found[0]?.message).toMatch(/^'a', 'b' and 'c' connect in a circle\. To repeat steps, use a Loop/);
    expect(only(graph([start(), step("a")], [edge("start", "a"), edge("a", "a")]))).toMatchObject({
      code: "cycle",
      message: expect.stringMatching(/connected to itself/),
    });
  });
});

describe("validateGraph: loops", () => {
  /** start → each (loop) → body: draft → check → back to Continue; done → report. */
  const looped = () =>
    graph(
      [
        start(),
        node("each", "loop", { items: "input.posts" }, { name: "Each post" }),
        step("draft", "item"),
        step("check", "nodes.draft.output"),
        node("report", "output", { value: "{{ nodes.each.output }}" }, { name: "Report" }),
      ],
      [
        edge("start", "each"),
        edge("each", "draft", "body"),
        edge("draft", "check"),
        edge("check", "each", "out", "continue"),
        edge("each", "report", "done"),
      ],
    );

  it("accepts a cycle through a loop's Body and Continue", () => {
    expect(errors(looped())).toEqual([]);
  });

  it("refuses Continue connections from outside the body", () => {
    const input = looped();
    input.edges.push(edge("start", "each", "out", "continue"));
    expect(only(input)).toMatchObject({ code: "loop_back_outside_body", edgeId: "start.out-each.continue" });
  });

  it("refuses connections into the body from outside, and steps both in and after the loop", () => {
    const entry = looped();
    entry.edges.push(edge("start", "check"));
    expect(only(entry)).toMatchObject({
      code: "loop_body_entry",
      nodeId: "check",
      message: expect.stringMatching(/^'start' is outside the loop 'Each post' but connects into its body at 'check'/),
    });
    const overlap = looped();
    overlap.edges.push(edge("each", "check", "done"));
    expect(codes(overlap)).toEqual(["loop_body_overlap"]);
  });

  it("still refuses a cycle inside a loop's body that skips Continue", () => {
    const input = looped();
    input.edges.push(edge("check", "draft"));
    expect(codes(input)).toEqual(["cycle", "cycle"]);
  });
});

describe("validateGraph: references", () => {
  it("refuses a reference to a step that comes later, in words a person can act on", () => {
    const input = linear();
    input.nodes[1]!.config = { url: "https://api.example.com/{{ nodes.mail.output.id }}" };
    expect(only(input)).toEqual({
      nodeId: "fetch",
      field: "config.url",
      code: "reference_not_before",
      message: "'Fetch' uses nodes.mail, but 'Send email' comes after it.",
    });
  });

  it("refuses references to missing steps, to itself, and to steps on another branch", () => {
    const input = graph(
      [
        start(),
        node("check", "condition", { expression: "input.ok" }),
        step("yes", "nodes.nobody.output"),
        step("no", "nodes.yes.output + nodes.no.output"),
      ],
      [edge("start", "check"), edge("check", "yes", "true"), edge("check", "no", "false")],
    );
    expect(errors(input).map((error) => [error.nodeId, error.code, error.message])).toEqual([
      ["yes", "unknown_reference", "'yes' uses nodes.nobody, but there is no step with the id nobody."],
      [
        "no",
        "reference_not_before",
        expect.stringMatching(/^'no' uses nodes.yes, but 'yes' is not on a path leading to it/),
      ],
      ["no", "reference_not_before", "'no' uses nodes.no, its own output; a step can only use the steps before it."],
    ]);
  });

  it("lets a loop's body use the loop and earlier steps, but not the steps after it use the body", () => {
    const input = graph(
      [
        start(),
        step("prep"),
        node("each", "loop", { items: "nodes.prep.output" }, { name: "Each post" }),
        step("draft", "nodes.each.output.count + nodes.prep.output"),
        node("report", "output", { value: "{{ nodes.draft.output }}" }),
      ],
      [edge("start", "prep"), edge("prep", "each"), edge("each", "draft", "body"), edge("each", "report", "done")],
    );
    expect(only(input)).toMatchObject({
      nodeId: "report",
      field: "config.value",
      message:
        "'report' uses nodes.draft, but 'draft' runs once per item inside the loop 'Each post'. After the loop, use nodes.each.output.",
    });
  });

  it("checks references inside nested config (switch cases, headers)", () => {
    const input = graph(
      [
        start(),
        node("route", "switch", { cases: [{ id: "a", label: "A", expression: "nodes.later.output" }] }),
        node("later", "http", { url: "https://x.test", headers: { "X-Id": "{{ nodes.ghost.output }}" } }),
      ],
      [edge("start", "route"), edge("route", "later", "a")],
    );
    expect(errors(input).map((error) => [error.nodeId, error.field, error.code])).toEqual([
      ["route", "config.cases.0.expression", "reference_not_before"],
      ["later", "config.headers.X-Id", "unknown_reference"],
    ]);
  });
});

describe("validateGraph: expressions and size", () => {
  it("reports syntax errors on the field, and still checks the references that parse", () => {
    const input = linear();
    input.nodes[2]!.config = {
      to: "team@example.com",
      subject: "{{ nodes.fetch.output.title ",
      body: "{{ nodes.mail.output }} {{ nodes.fetch.output + }}",
    };
    expect(errors(input).map((error) => [error.field, error.code])).toEqual([
      ["config.subject", "expression_syntax"],
      ["config.body", "expression_syntax"],
      ["config.body", "reference_not_before"],
    ]);
    expect(errors(input)[0]?.message).toMatch(/^'Send email': Unclosed \{\{/);
  });

  it("checks a large graph and caps the errors it reports", () => {
    const ids = Array.from({ length: 999 }, (_, index) => `s${index}`);
    const nodes = [start(), ...ids.map((id, index) => step(id, index ? `nodes.${ids[index - 1]}.output + 1` : "1"))];
    const edges = [edge("start", "s0"), ...ids.slice(1).map((id, index) => edge(ids[index]!, id))];
    expect(validateGraph(graph(nodes, edges))).toEqual({ ok: true, errors: [] });
    const result = validateGraph(graph(nodes, []));
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(200);
  });
});
