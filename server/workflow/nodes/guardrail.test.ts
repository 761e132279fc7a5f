import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { appError, closeConnections, createAgency, ownerAccess, ownerCaller, type TestAgency } from "@/test/factories";
import { guardrailExecutor, type GuardrailOutput } from "./guardrail";
import { configOf, nodeContext } from "./test-context";

/** Checks as stored: parsed, with defaults filled, by the node type's schema. */
const run = async (input: unknown, checks: unknown[], ctx = nodeContext({ scope: { input } })) => {
  const result = await guardrailExecutor(ctx, configOf("guardrail", { input: "{{ input }}", checks }));
  if (result.kind !== "done") throw new Error("a guardrail never waits");
  return { handles: result.handles, ...(result.output as GuardrailOutput) };
};

describe("guardrail: personal data", () => {
  const text = "Reach Ada at ada@example.com or +49 30 1234567; card 4111 1111 1111 1111.";
  const redacted = "Reach Ada at [email] or [phone]; card [card].";

  it("redacts and passes", async () => {
    await expect(run(text, [{ kind: "pii_redaction" }])).resolves.toEqual({
      handles: ["pass"],
      passed: true,
      text: redacted,
      findings: [
        {
          check: "pii_redaction",
          passed: true,
          message: "Redacted 1 email address, 1 card number and 1 phone number.",
          found: { email: 1, card: 1, phone: 1 },
        },
      ],
    });
  });

  it("fails when set to, still redacting the text it passes on", async () => {
    await expect(run(text, [{ kind: "pii_redaction", action: "fail" }])).resolves.toMatchObject({
      handles: ["fail"],
      passed: false,
      text: redacted,
      findings: [{ check: "pii_redaction", passed: false, message: expect.stringMatching(/^Found personal data: /) }],
    });
  });

  it("passes clean text with no findings", async () => {
    await expect(run("Nothing personal here.", [{ kind: "pii_redaction", action: "fail" }])).resolves.toEqual({
      handles: ["pass"],
      passed: true,
      text: "Nothing personal here.",
      findings: [],
    });
  });

  it("checks an object as its JSON text", async () => {
    await expect(run({ contact: "ssn 123-45-6789" }, [{ kind: "pii_redaction" }])).resolves.toMatchObject({
      text: '{"contact":"ssn [ssn]"}',
      findings: [{ found: { ssn: 1 } }],
    });
  });
});

describe("guardrail: banned words", () => {
  it("fails on banned words, whole words only, and passes otherwise", async () => {
    const checks = [{ kind: "banned_words", words: ["cheap", "guaranteed"] }];
    await expect(run("Cheap flights, guaranteed! Really CHEAP.", checks)).resolves.toMatchObject({
      handles: ["fail"],
      passed: false,
      findings: [
        {
          check: "banned_words",
          passed: false,
          message: 'Uses banned words: "cheap" ×2, "guaranteed".',
          words: [
            { word: "cheap", count: 2 },
            { word: "guaranteed", count: 1 },
          ],
        },
      ],
    });
    await expect(run("Our cheapest fares", checks)).resolves.toMatchObject({ handles: ["pass"], findings: [] });
  });

  it("sees the redacted text, so its excerpts carry no personal data", async () => {
    const result = await run("Cheap deal, mail bob@example.com", [
      { kind: "banned_words", words: ["cheap"] },
      { kind: "pii_redaction" },
    ]);
    expect(result.handles).toEqual(["fail"]);
    expect(JSON.stringify(result.findings)).not.toContain("bob@example.com");
    expect(result.findings.map((finding) => finding.check)).toEqual(["pii_redaction", "banned_words"]);
  });
});

describe("guardrail: JSON schema", () => {
  const schema = {
    type: "object",
    properties: { headline: { type: "string" }, score: { type: "number" } },
    required: ["headline"],
  };
  const checks = [{ kind: "json_schema", schema }];

  it("passes a value that fits, as an object or as JSON text", async () => {
    await expect(run({ headline: "Hi", score: 3 }, checks)).resolves.toMatchObject({ handles: ["pass"], findings: [] });
    await expect(run('{"headline": "Hi"}', checks)).resolves.toMatchObject({ handles: ["pass"] });
  });

  it("fails a value that does not fit, naming the fields", async () => {
    await expect(run({ score: "high" }, checks)).resolves.toMatchObject({
      handles: ["fail"],
      findings: [
        {
          check: "json_schema",
          passed: false,
          message: 'The value does not fit the schema. "headline" is required. "score" must be a number, not text.',
          issues: [
            { path: "headline", message: "is required." },
            { path: "score", message: "must be a number, not text." },
          ],
        },
      ],
    });
  });

  it("fails text that is not JSON", async () => {
    await expect(run("headline: Hi", checks)).resolves.toMatchObject({
      handles: ["fail"],
      findings: [
        { check: "json_schema", message: "The value is not JSON.", issues: [{ path: "", message: "is not JSON." }] },
      ],
    });
  });
});

describe("guardrail: input", () => {
  it("fails with the template's error", async () => {
    const ctx = nodeContext();
    const config = configOf("guardrail", { input: "{{ input.", checks: [{ kind: "pii_redaction" }] });
    await expect(guardrailExecutor(ctx, config)).rejects.toBeInstanceOf(ExpressionError);
  });
});

describe("guardrail: brand rules from the database", () => {
  let agency: TestAgency;
  const brand = (clientId: string, text: string) =>
    run(
      text,
      [{ kind: "brand", clientId }],
      nodeContext({ organizationId: agency.organizationId, actor: ownerAccess(agency).actor, scope: { input: text } }),
    );

  afterAll(closeConnections);

  beforeAll(async () => {
    agency = await createAgency();
  });

  it("passes copy that keeps the client's rules and fails copy that breaks them", async () => {
    const client = await ownerCaller(agency).clients.create({
      name: "Acme Roasters",
      brandBannedWords: ["cheap"],
      brandDisclaimers: ["Terms apply."],
    });
    await expect(brand(client.id, "Bold coffee. Terms apply.")).resolves.toMatchObject({
      handles: ["pass"],
      passed: true,
      findings: [],
    });
    await expect(brand(client.id, "Cheap coffee!")).resolves.toMatchObject({
      handles: ["fail"],
      passed: false,
      findings: [
        {
          check: "brand",
          passed: false,
          client: { id: client.id, name: "Acme Roasters" },
          bannedWords: [{ word: "cheap", count: 1 }],
          missingDisclaimers: ["Terms apply."],
          message: expect.stringMatching(/^Fails Acme Roasters's brand rules: /),
        },
      ],
    });
  });

  it("is an error, not a failed check, when the client is another agency's", async () => {
    const other = await createAgency();
    const foreign = await ownerCaller(other).clients.create({ name: "Rival", brandBannedWords: ["cheap"] });
    const error = await appError(brand(foreign.id, "cheap"));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe(
      `The guardrail's client (${foreign.id}) is not in this agency; choose the client again.`,
    );
  });

  it("is an error when the client is archived", async () => {
    const owner = ownerCaller(agency);
    const client = await owner.clients.create({ name: "Gone Fishing Ltd", brandBannedWords: ["cheap"] });
    await owner.clients.archive({ id: client.id });
    const error = await appError(brand(client.id, "cheap"));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toBe(
      "Gone Fishing Ltd is archived; restore the client to check copy against its brand rules.",
    );
  });
});
