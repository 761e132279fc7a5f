import jsonata from "jsonata";
import { afterEach, describe, expect, it } from "vitest";
import {
  checkSyntax,
  evaluateExpression,
  evaluateTemplate,
  EXPRESSION_LIMITS,
  ExpressionError,
  type ExpressionScope,
  parseTemplate,
  prepareScope,
  referencedNodeIds,
} from "./expression";

const scope = (): ExpressionScope => ({
  nodes: {
    fetch: {
      status: "succeeded",
      output: {
        items: [
          { title: "First post", likes: 12 },
          { title: "Second post", likes: 3 },
        ],
        total: 2,
      },
    },
    search: {
      status: "succeeded",
      output: {
        clients: [
          { name: "Acme", active: true },
          { name: "Globex", active: false },
        ],
      },
    },
  },
  input: { name: "Ann", email: "ann@example.com", tags: ["vip"] },
  vars: { greeting: "Hello", threshold: 10 },
});

/** The ExpressionError `promise` rejects with; fails the test if it resolves or rejects otherwise. */
async function failure(promise: Promise<unknown>): Promise<ExpressionError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error("expected an ExpressionError");
}

function parseError(text: string): ExpressionError {
  const parsed = parseTemplate(text);
  if (parsed.ok) throw new Error(`expected "${text}" not to parse`);
  return parsed.error;
}

describe("parseTemplate", () => {
  it("splits text and expressions with their offsets", () => {
    const text = "Hi {{ input.name }}, {{nodes.fetch.output.total}} posts";
    expect(parseTemplate(text)).toEqual({
      ok: true,
      parts: [
        { kind: "text", text: "Hi ", start: 0, end: 3 },
        { kind: "expression", source: " input.name ", start: 3, end: 19, sourceStart: 5 },
        { kind: "text", text: ", ", start: 19, end: 21 },
        { kind: "expression", source: "nodes.fetch.output.total", start: 21, end: 49, sourceStart: 23 },
        { kind: "text", text: " posts", start: 49, end: 55 },
      ],
    });
  });

  it("gives text without {{ as one part, and an empty text no parts", () => {
    expect(parseTemplate("Just text } with {braces}")).toEqual({
      ok: true,
      parts: [{ kind: "text", text: "Just text } with {braces}", start: 0, end: 25 }],
    });
    expect(parseTemplate("")).toEqual({ ok: true, parts: [] });
  });

  it("finds the closing }} past object braces, strings and comments", () => {
    const parsed = parseTemplate('{{ {"a": {"b": "}}"}} /* }} */ }} end');
    expect(parsed.ok && parsed.parts.map((part) => part.kind)).toEqual(["expression", "text"]);
    expect(parsed.ok && parsed.parts[0]?.kind === "expression" && parsed.parts[0].source).toBe(
      ' {"a": {"b": "}}"}} /* }} */ ',
    );
  });

  it("reports an unclosed {{ at its character", () => {
    const error = parseError("Hello name {{ input.name ");
    expect(error.message).toBe("Unclosed {{ at character 12: add }} after the expression");
    expect(error.position).toBe(11);
  });

  it("reports an empty {{ }}", () => {
    const error = parseError("Hi {{  }}");
    expect(error.message).toMatch(/^Empty \{\{ \}\} at character 4: write an expression/);
    expect(error.position).toBe(3);
  });

  it("reports JSONata's syntax error with the expression and a position in the whole text", () => {
    const text = "Title: {{ nodes.fetch..title }}";
    const error = parseError(text);
    expect(error.message).toBe('Syntax error: ".." (at character 12 of "nodes.fetch..title")');
    expect(error.expression).toBe("nodes.fetch..title");
    expect(error.code).toBe("S0201");
    expect(error.position).toBe(text.indexOf(".."));
  });

  it("reports a missing bracket at the end of the expression", () => {
    const error = parseError("{{ $count(nodes.search.output.clients }}");
    expect(error.message).toBe(
      'Expected ")" before end of expression (at character 34 of "$count(nodes.search.output.clients")',
    );
  });

  it('refuses nodes["id"], which JSONata reads as an always-true filter, with the fix', async () => {
    const error = parseError('{{ nodes["fetch"].output }}');
    expect(error.message).toMatch(/^\["fetch"\] does not pick the field "fetch" here .* write \.fetch instead/);
    expect(error.position).toBe(8);
    // What it would have done: every node, not the one named.
    expect(await jsonata('nodes["fetch"]').evaluate({ nodes: { fetch: 1, other: 2 } })).toEqual({ fetch: 1, other: 2 });
    expect(checkSyntax('item["first name"]', "expression")?.message).toMatch(/write \.`first name` instead/);
  });
});

describe("checkSyntax", () => {
  it("checks a template or a bare expression", () => {
    expect(checkSyntax("Hi {{ input.name }}", "template")).toBeNull();
    expect(checkSyntax("Hi {{ input.name", "template")?.message).toMatch(/^Unclosed \{\{/);
    expect(checkSyntax("$count(nodes.search.output.clients) > 0", "expression")).toBeNull();
    expect(checkSyntax("nodes.fetch..title", "expression")?.position).toBe(11);
    expect(checkSyntax("   ", "expression")?.message).toMatch(/^Write an expression/);
  });
});

describe("evaluateTemplate", () => {
  it("gives a lone expression's raw value, blank text around it aside", async () => {
    expect(await evaluateTemplate("{{ nodes.fetch.output.items[0].title }}", scope())).toBe("First post");
    expect(await evaluateTemplate("{{ nodes.fetch.output.items }}", scope())).toEqual([
      { title: "First post", likes: 12 },
      { title: "Second post", likes: 3 },
    ]);
    expect(await evaluateTemplate("  {{ nodes.fetch.output.total }}\n", scope())).toBe(2);
    expect(await evaluateTemplate("{{ input.missing }}", scope())).toBeUndefined();
  });

  it("writes values into mixed text: JSON for objects, nothing for null and no value", async () => {
    const text =
      "{{ vars.greeting }} {{ input.name }}: {{ nodes.fetch.output.total }} posts, {{ input.tags }}, " +
      '{{ {"a": 1} }}, [{{ null }}][{{ input.missing }}] {{ $count(nodes.search.output.clients) > 0 }} {{ 0.1 + 0.2 }}';
    expect(await evaluateTemplate(text, scope())).toBe('Hello Ann: 2 posts, ["vip"], {"a":1}, [][] true 0.3');
  });

  it("returns text without expressions as it is", async () => {
    expect(await evaluateTemplate("No braces here", scope())).toBe("No braces here");
    expect(await evaluateTemplate('Literal {{ "{{" }} braces', scope())).toBe("Literal {{ braces");
  });

  it("places an evaluation error in the whole template", async () => {
    const text = 'Total: {{ nodes.fetch.output.total }} and {{ 1 + "a" }}';
    const error = await failure(evaluateTemplate(text, scope()));
    expect(error.message).toBe(
      'The right side of the "+" operator must evaluate to a number (at character 3 of "1 + "a"")',
    );
    expect(error.position).toBe(text.indexOf("+"));
    expect(error.code).toBe("T2002");
  });

  it("rejects an unclosed {{ when evaluating", async () => {
    expect((await failure(evaluateTemplate("Hi {{ input.name", scope()))).message).toMatch(
      /^Unclosed \{\{ at character 4/,
    );
  });
});

describe("evaluateExpression", () => {
  it("reads nodes, input, vars and the loop item", async () => {
    const loop = { ...scope(), item: { name: "Acme" }, index: 0 };
    expect(await evaluateExpression("$count(nodes.search.output.clients) > 0", scope())).toBe(true);
    expect(await evaluateExpression("nodes.search.output.clients[active].name", scope())).toBe("Acme");
    expect(await evaluateExpression("nodes.fetch.output.items[likes > $$.vars.threshold].title", scope())).toBe(
      "First post",
    );
    expect(await evaluateExpression('item.name & " #" & $string(index + 1)', loop)).toBe("Acme #1");
    expect(await evaluateExpression('nodes.fetch.status = "succeeded"', scope())).toBe(true);
  });

  it("has JSONata's string functions", async () => {
    const cases: [string, unknown][] = [
      ["$uppercase(input.name)", "ANN"],
      ['$substringBefore(input.email, "@")', "ann"],
      ['$join(nodes.fetch.output.items.title, ", ")', "First post, Second post"],
      ['$split("a,b,c", ",")', ["a", "b", "c"]],
      ['$replace("Hello world", "world", input.name)', "Hello Ann"],
      ['$contains(input.email, "@example.")', true],
      ['$trim("  x  ")', "x"],
      ['$pad("7", -3, "0")', "007"],
      ['$pad("ab", 5, "-")', "ab---"],
      ['$pad("😀", 4, "ab")', "😀aba"],
      ['$pad("x", -4, "😀")', "😀😀😀x"],
      ["$length(input.name)", 3],
    ];
    for (const [source, expected] of cases) expect(await evaluateExpression(source, scope())).toEqual(expected);
  });

  it("gives back plain JSON data, not JSONata's sequences", async () => {
    const titles = await evaluateExpression("nodes.fetch.output.items.title", scope());
    expect(titles).toEqual(["First post", "Second post"]);
    expect(Object.getPrototypeOf(titles)).toBe(Array.prototype);
    expect(Object.getOwnPropertyNames(titles)).toEqual(["0", "1", "length"]);
    expect(
      await evaluateExpression("nodes.fetch.output.items[]", {
        nodes: { fetch: { status: "x", output: { items: [1] } } },
      }),
    ).toEqual([1]);
    const object = await evaluateExpression('{"total": nodes.fetch.output.total}', scope());
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  });

  it("refuses to give back a function", async () => {
    expect((await failure(evaluateExpression("$uppercase", scope()))).message).toMatch(/gives a function, not a value/);
    expect((await failure(evaluateExpression('{"f": function($x) { $x }}', scope()))).message).toMatch(/function/);
  });

  it("names a function that does not exist", async () => {
    const error = await failure(evaluateExpression("$uppercse(input.name)", scope()));
    expect(error.message).toBe('There is no function $uppercse (at character 1 of "$uppercse(input.name)")');
  });

  it("still evaluates after an earlier evaluation broke its budget", async () => {
    await failure(evaluateExpression("($f := function($n) { $f($n + 1) }; $f(0))", scope()));
    expect(await evaluateExpression("nodes.fetch.output.total * 2", scope())).toBe(4);
  });
});

describe("prepareScope", () => {
  const at = (output: unknown): ExpressionScope => ({ nodes: { fetch: { status: "succeeded", output } } });
  const refusal = (data: ExpressionScope): string => {
    try {
      prepareScope(data);
    } catch (error) {
      if (error instanceof ExpressionError) return error.message;
      throw error;
    }
    throw new Error("expected the scope to be refused");
  };

  it("refuses what is not plain data, naming where it is", () => {
    class Campaign {
      name = "Spring";
    }
    const withSymbol = { [Symbol("secret")]: 1 };
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(refusal(at({ run: () => 1 }))).toBe(
      "The run's data at nodes.fetch.output.run is a function, not plain data, so expressions cannot read it.",
    );
    expect(refusal(at({ list: [1, Function] }))).toMatch(/at nodes\.fetch\.output\.list\[1\] is a function/);
    expect(refusal(at(new Campaign()))).toMatch(/at nodes\.fetch\.output is a Object object, not plain data/);
    expect(refusal(at({ seen: new Map() }))).toMatch(/is a Map object, not plain data/);
    expect(refusal(at({ n: 10n }))).toMatch(/is a bigint/);
    expect(refusal(at(withSymbol))).toMatch(/has a Symbol key/);
    expect(refusal(at(cyclic))).toMatch(/at nodes\.fetch\.output\.self refers back to itself/);
    expect(refusal({ nodes: {}, vars: { "odd key": () => 1 } })).toMatch(/at vars\["odd key"\] is a function/);
  });

  it("refuses getters without running them", () => {
    let reads = 0;
    const output = Object.defineProperty({}, "total", { enumerable: true, get: () => ++reads });
    const list = [1];
    Object.defineProperty(list, 0, { get: () => ++reads });
    expect(refusal(at(output))).toMatch(/at nodes\.fetch\.output\.total is a getter/);
    expect(refusal(at({ list }))).toMatch(/list\[0\] is a getter/);
    expect(refusal(Object.defineProperty({ nodes: {} }, "input", { enumerable: true, get: () => ++reads }))).toMatch(
      /at input is a getter/,
    );
    expect(reads).toBe(0);
  });

  it("refuses data past the limits", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < EXPRESSION_LIMITS.maxScopeDepth; i += 1) deep = { deeper: deep };
    expect(refusal(at(deep))).toMatch(/nests more than 64 levels deep/);
    expect(refusal(at("x".repeat(EXPRESSION_LIMITS.maxStringChars + 1)))).toMatch(/more than 1,000,000 characters/);
    expect(refusal(at(new Array(EXPRESSION_LIMITS.maxItems + 1).fill(0)))).toMatch(/list of more than 100,000 items/);
    const wide = Array.from({ length: 6 }, () => new Array(EXPRESSION_LIMITS.maxItems).fill(0));
    expect(refusal(at(wide))).toMatch(/past 500,000 values/);
  });

  it("keeps JSON's reading of dates, holes and non-finite numbers", async () => {
    const list = [1, , 3];
    const data = at({ when: new Date("2026-03-01T09:00:00Z"), list, nan: Number.NaN, gone: undefined });
    expect(await evaluateExpression("nodes.fetch.output", data)).toEqual({
      when: "2026-03-01T09:00:00.000Z",
      list: [1, null, 3],
      nan: null,
    });
  });

  it("copies into frozen null-prototype data that later changes to the original do not reach", async () => {
    const data = scope();
    const prepared = prepareScope(data);
    expect(prepareScope(prepared)).toBe(prepared);
    (data.input as { name: string }).name = "Changed";
    expect(await evaluateExpression("input.name", prepared)).toBe("Ann");
    const copy = prepared as unknown as { nodes: object; input: object };
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.getPrototypeOf(copy.input)).toBeNull();
    expect(Object.isFrozen(copy.nodes)).toBe(true);
    expect(Object.isFrozen(copy.input)).toBe(true);
  });

  it("keeps only nodes (output and status), input, vars, item and index: no env", async () => {
    const data = { ...scope(), env: { DATABASE_URL: "postgres://secret" }, secrets: { key: "sk-secret" } };
    (data.nodes.fetch as Record<string, unknown>).token = "sk-node-secret";
    const keys = await evaluateExpression("$keys($$)", data as unknown as ExpressionScope);
    expect(keys).toEqual(["nodes", "vars", "input"]);
    expect(await evaluateExpression("$keys(nodes.fetch)", data as unknown as ExpressionScope)).toEqual([
      "output",
      "status",
    ]);
    const everything = await evaluateExpression("$string($$)", data as unknown as ExpressionScope);
    expect(everything).toContain("First post");
    expect(everything).not.toMatch(/secret/);
  });
});

describe("what expressions cannot reach", () => {
  const CANARY = "__switchboardExpressionCanary";
  const global = globalThis as Record<string, unknown>;
  const run = `("globalThis.${CANARY} = true")()`;
  afterEach(() => {
    delete global[CANARY];
  });

  /** Resolves to what the attempt gave: a value, or the error it was rejected with. */
  const attempt = (source: string, data: ExpressionScope = scope()) =>
    evaluateExpression(source, data).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );

  it("notices code run outside the language (the canary works)", async () => {
    // Handed a function in its data, JSONata calls it: what copying the scope into data prevents.
    const payload = `($f := nodes.fn.output; $f${run})`;
    await jsonata(payload).evaluate({ nodes: { fn: { output: Function } } });
    expect(global[CANARY]).toBe(true);
    delete global[CANARY];
    await failure(evaluateExpression(payload, { nodes: { fn: { status: "succeeded", output: Function } } }));
    expect(global[CANARY]).toBeUndefined();
  });

  const ESCAPES = [
    // Constructors and prototypes of the scope, of values built in the expression, of functions.
    "constructor",
    "__proto__",
    "prototype",
    "nodes.constructor",
    "nodes.__proto__",
    "nodes.__proto__.constructor",
    "$$.constructor",
    "$.constructor",
    "nodes.fetch.output.items.constructor",
    "nodes.fetch.output.constructor.prototype",
    `nodes.constructor.constructor${run}`,
    `$$.constructor.constructor${run}`,
    `nodes.fetch.output.items.constructor.constructor${run}`,
    `($c := nodes.fetch.output.items.constructor; $c.constructor${run})`,
    `"text".constructor.constructor${run}`,
    `{}.constructor.constructor${run}`,
    `[1].constructor.constructor${run}`,
    `$uppercase.constructor${run}`,
    `$uppercase.implementation.constructor${run}`,
    `(function($x) { $x }).constructor${run}`,
    `($f := function() { 1 }; $f.constructor${run})`,
    '$lookup(nodes, "constructor")',
    '$lookup($$, "__proto__")',
    '$lookup($uppercase, "implementation")',
    '$lookup(function($x) { $x }, "constructor")',
    '$sift($$, function($v, $k) { $k = "constructor" })',
    "$keys(nodes.__proto__)",
    "$merge([{}, nodes]).constructor",
    "$spread($uppercase)",
    "$uppercase",
    // Node, the browser and the module system.
    "process",
    "process.env",
    "$process.env",
    '$process.mainModule.require("child_process")',
    "globalThis",
    "$globalThis.process",
    "global",
    "window",
    "self",
    "this",
    "$this",
    "Function",
    `Function${run}`,
    `$Function${run}`,
    '$constructor("return process")()',
    'require("child_process")',
    '$require("fs")',
    'import("fs")',
    '$import("fs")',
    "env",
    "env.DATABASE_URL",
    "$env",
    "$$.env",
    // $eval, refused outright.
    '$eval("1 + 1")',
    '$eval("process")',
    '$eval("$$.constructor")',
    "($e := $eval; $e(input.code))",
    '$lookup($$, "eval")',
  ];

  it.each(ESCAPES)("%s gets nowhere", async (source) => {
    const outcome = await attempt(source, { ...scope(), input: { code: `nodes.constructor.constructor${run}` } });
    if ("error" in outcome) expect(outcome.error).toBeInstanceOf(ExpressionError);
    else expect(outcome.value).toBeUndefined();
    expect(global[CANARY]).toBeUndefined();
  });

  it("refuses $eval before running anything, with the reason", async () => {
    const source = 'nodes.fetch.output.total + $eval("1")';
    const error = await failure(evaluateExpression(source, scope()));
    expect(error.message).toMatch(/^\$eval is not available in expressions/);
    expect(error.position).toBe(source.indexOf("$eval"));
  });

  const POLLUTERS = [
    '$ ~> | __proto__ | {"polluted": "yes"} |',
    '$$ ~> | nodes | {"__proto__": {"polluted": "yes"}} |',
    '{} ~> | $ | {"__proto__": {"polluted": "yes"}} |',
    '{"a": {}} ~> | a | {"constructor": {"prototype": {"polluted": "yes"}}} |',
    '{"__proto__": {"polluted": "yes"}}',
    '$merge([{"__proto__": {"polluted": "yes"}}, {}])',
    "$merge([input, {}])",
    '$merge([input, {}]) ~> | $ | {"b": 1} |',
    "input ~> | $ | {} |",
    "input.__proto__",
    "$sift(input, function() { true })",
    "$spread(input)",
    '[input]{"__proto__": __proto__}',
  ];

  /** Every object in `value` has the ordinary prototype, so nothing reads through to another. */
  function expectPlain(value: unknown): void {
    if (typeof value !== "object" || value === null) return;
    expect(Object.getPrototypeOf(value)).toBe(Array.isArray(value) ? Array.prototype : Object.prototype);
    for (const item of Object.values(value)) expectPlain(item);
  }

  it.each(POLLUTERS)("%s pollutes no prototype", async (source) => {
    // What a webhook sends when it tries: JSON.parse makes "__proto__" an own key.
    const input: unknown = JSON.parse('{"__proto__": {"polluted": "yes"}, "name": "x"}');
    const outcome = await attempt(source, { ...scope(), input });
    if ("value" in outcome) expectPlain(outcome.value);
    else expect(outcome.error).toBeInstanceOf(ExpressionError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(Object.hasOwn(Array.prototype, "polluted")).toBe(false);
  });

  it('keeps an own "__proto__" key as data, in and out', async () => {
    const input: unknown = JSON.parse('{"__proto__": {"role": "admin"}}');
    const result = await evaluateExpression("input", { nodes: {}, input });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result as object, "__proto__")).toBe(true);
    expect((result as { role?: string }).role).toBeUndefined();
    expect(JSON.stringify(result)).toBe('{"__proto__":{"role":"admin"}}');
  });

  it("leaves the data it was given untouched", async () => {
    const data = scope();
    const before = structuredClone(data);
    await evaluateExpression('$$ ~> | nodes.fetch.output.items | {"title": "changed"} |', data);
    await evaluateExpression("nodes.fetch.output.items[]", data);
    expect(data).toEqual(before);
  });
});

describe("budgets", () => {
  /** The error `source` ends with, and how long it took to get there. */
  async function stopped(source: string): Promise<{ message: string; ms: number }> {
    const started = performance.now();
    const error = await failure(evaluateExpression(source, scope()));
    return { message: error.message, ms: performance.now() - started };
  }

  it("stops a function that calls itself forever in tail position, on time", async () => {
    const { message, ms } = await stopped("($f := function($n) { $f($n + 1) }; $f(0))");
    expect(message).toMatch(/^The expression ran longer than 100 ms and was stopped/);
    expect(ms).toBeLessThan(2_000);
  });

  it("stops deep recursion before the JavaScript stack overflows", async () => {
    const { message } = await stopped("($f := function($n) { 1 + $f($n + 1) }; $f(0))");
    expect(message).toMatch(/^The expression went too deep and was stopped/);
  });

  it("allows a reasonably deep recursion", async () => {
    const factorial = "($f := function($n) { $n <= 1 ? 1 : $n * $f($n - 1) }; $f(20))";
    expect(await evaluateExpression(factorial, scope())).toBe(2432902008176640000);
  });

  it("stops text that doubles itself before it is built (it would crash the process)", async () => {
    const { message } = await stopped('($f := function($s) { $f($s & $s) }; $length($f("x")))');
    expect(message).toMatch(/^The expression built a text longer than 1,000,000 characters/);
  });

  it("caps $pad, also when passed around as a function", async () => {
    expect((await stopped('$length($pad("x", 400000000))')).message).toMatch(/^\$pad can make text of at most/);
    expect((await stopped('$map([400000000], $pad("x", ?))')).message).toMatch(/^\$pad can make text of at most/);
  });

  it("stops lists past the item limit", async () => {
    expect((await stopped("$count([1..100000000])")).message).toMatch(/list of more than 100,000 items/);
    expect((await stopped("$count([1..200000])")).message).toMatch(/list of more than 100,000 items/);
    expect((await stopped('$count($split($pad("", 150000, "a"), ""))')).message).toMatch(/more than 100,000 items/);
    expect(await evaluateExpression("$count([1..100000])", scope())).toBe(100_000);
  });

  it("refuses regular expressions, which no time budget can interrupt", async () => {
    const text = `${"a".repeat(30)}!`;
    const sources = [
      "$match(input.text, /(a+)+$/)",
      '$replace(input.text, /a*a*a*b/, "")',
      "$split(input.text, /,/)",
      "$contains(input.text, /a/i)",
    ];
    for (const source of sources) {
      const started = performance.now();
      const error = await failure(evaluateExpression(source, { nodes: {}, input: { text } }));
      expect(error.message).toMatch(/^Regular expressions \(\/…\/\) are not available/);
      expect(error.position).toBe(source.indexOf("/"));
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe("referencedNodeIds", () => {
  it("finds the nodes a template reads, once each, in order", () => {
    const text =
      "{{ nodes.fetch.output.items[0].title }} has {{ $count(nodes.search.output.clients) }} " +
      "clients, {{ nodes.fetch.status }}";
    expect(referencedNodeIds(text)).toEqual(["fetch", "search"]);
  });

  it("finds every way of naming a node", () => {
    const source =
      "[nodes.a.output, $$.nodes.b.output, $.nodes.c, nodes.`d`.output, $lookup(nodes, 'e'), " +
      '$lookup($$.nodes, "f"), nodes["g"].output, function($x) { nodes.h.output }, ' +
      '{"k": nodes.i.output}, nodes.j.output ? nodes.k : $uppercase(nodes.l.output), nodes.m.output[nodes.n.output]]';
    expect(referencedNodeIds(source, "expression")).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
      "j",
      "k",
      "l",
      "m",
      "n",
    ]);
  });

  it("does not count other paths, text that looks like a path, or nodes alone", () => {
    expect(referencedNodeIds('input.nodes.a & item.nodes.b & "nodes.c" & $keys(nodes) & nodes', "expression")).toEqual(
      [],
    );
  });

  it("tells templates from expressions", () => {
    expect(referencedNodeIds("nodes.fetch.output")).toEqual(["fetch"]);
    expect(referencedNodeIds("nodes.fetch.output", "template")).toEqual([]);
    expect(referencedNodeIds("Read nodes.fetch.output", "template")).toEqual([]);
  });

  it("skips parts that do not parse and keeps the rest", () => {
    expect(referencedNodeIds("{{ nodes.a.output }} {{ nodes..b }} {{ nodes.c }}")).toEqual(["a", "c"]);
    expect(referencedNodeIds("{{ nodes.a.output }} {{ nodes.b")).toEqual(["a"]);
    expect(referencedNodeIds("nodes.a +", "expression")).toEqual([]);
  });
});
