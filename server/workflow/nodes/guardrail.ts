import { type TToolInputSchema } from "@/lib/schemas/custom-tools";
import { type NodeConfig } from "@/lib/workflow/node-types";
import { type BannedWordHit, checkBrand } from "../../ai/tools/brand-check";
import { withTenant } from "../../ai/tools/tenant";
import { AppError } from "../../errors";
import { getClient } from "../../services/clients/clients";
import { issuesText, jsonSchemaIssues, type SchemaIssue } from "./json-schema";
import { PII_KINDS, redactPii, type PiiCounts, type PiiKind } from "./pii";
import { type NodeContext, type NodeExecutor } from "./types";
import { asText } from "./values";

type Check = NodeConfig<"guardrail">["checks"][number];

/** Something a check found; `passed: false` sends the step down the Fail path. */
export type GuardrailFinding =
  | { check: "pii_redaction"; passed: boolean; message: string; found: PiiCounts }
  | { check: "banned_words"; passed: false; message: string; words: BannedWordHit[] }
  | {
      check: "brand";
      passed: false;
      message: string;
      client: { id: string; name: string };
      bannedWords: BannedWordHit[];
      missingDisclaimers: string[];
    }
  | { check: "json_schema"; passed: false; message: string; issues: SchemaIssue[] };

export type GuardrailOutput = {
  passed: boolean;
  /** The input as text, with personal data redacted when a personal-data check is on. */
  text: string;
  /** Only checks that found something; a check that found nothing adds none. */
  findings: GuardrailFinding[];
};

const PII_NAMES: Record<PiiKind, [string, string]> = {
  email: ["email address", "email addresses"],
  iban: ["IBAN", "IBANs"],
  card: ["card number", "card numbers"],
  ssn: ["social security number", "social security numbers"],
  phone: ["phone number", "phone numbers"],
};

function piiList(found: PiiCounts): string {
  const parts = PII_KINDS.flatMap((kind) => {
    const count = found[kind];
    return count ? [`${count} ${PII_NAMES[kind][count === 1 ? 0 : 1]}`] : [];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
}

function bannedWordsFinding(text: string, words: readonly string[]): GuardrailFinding | null {
  const { bannedWords } = checkBrand(text, { bannedWords: words, disclaimers: [], toneKeywords: [] });
  if (bannedWords.length === 0) return null;
  const list = bannedWords.map((hit) => `"${hit.word}"${hit.count > 1 ? ` ×${hit.count}` : ""}`).join(", ");
  return { check: "banned_words", passed: false, message: `Uses banned words: ${list}.`, words: bannedWords };
}

async function brandFinding(ctx: NodeContext, text: string, clientId: string): Promise<GuardrailFinding | null> {
  const client = await withTenant({ organizationId: ctx.organizationId, actor: ctx.actor, agentId: null }, (service) =>
    getClient(service, clientId),
  ).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw new AppError(
        "NOT_FOUND",
        `The guardrail's client (${clientId}) is not in this agency; choose the client again.`,
        { field: "checks" },
      );
    throw error;
  });
  if (client.archivedAt)
    throw new AppError(
      "PRECONDITION_FAILED",
      `${client.name} is archived; restore the client to check copy against its brand rules.`,
    );
  const rules = {
    bannedWords: client.brandBannedWords,
    disclaimers: client.brandDisclaimers,
    toneKeywords: client.brandToneKeywords,
  };
  const result = checkBrand(text, rules, client.name);
  if (result.passed) return null;
  return {
    check: "brand",
    passed: false,
    message: result.summary,
    client: { id: client.id, name: client.name },
    bannedWords: result.bannedWords,
    missingDisclaimers: result.missingDisclaimers,
  };
}

function jsonSchemaFinding(value: unknown, schema: TToolInputSchema): GuardrailFinding | null {
  let data = value;
  // Text is read as JSON: a model's answer usually arrives as text.
  if (typeof value === "string") {
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      const issues = [{ path: "", message: "is not JSON." }];
      return { check: "json_schema", passed: false, message: "The value is not JSON.", issues };
    }
  }
  const issues = jsonSchemaIssues(schema, data);
  if (issues.length === 0) return null;
  return {
    check: "json_schema",
    passed: false,
    message: `The value does not fit the schema. ${issuesText(issues)}`,
    issues,
  };
}

/**
 * Checks the input and takes `pass` or `fail`. Personal data is looked for first, so the other
 * checks (and their excerpts) see the redacted text; with `action: "fail"` the text is still
 * redacted, so the Fail path does not carry the data on either. The JSON schema check reads the
 * input's value itself (text is parsed as JSON). A client that cannot be found is an error, not a
 * failed check: the workflow needs fixing, not the copy.
 */
export const guardrailExecutor: NodeExecutor<NodeConfig<"guardrail">> = async (ctx, config) => {
  const value = await ctx.template(config.input);
  let text = asText(value);
  const findings: GuardrailFinding[] = [];
  const pii = config.checks.find((check) => check.kind === "pii_redaction");
  if (pii) {
    const redacted = redactPii(text);
    text = redacted.text;
    const list = piiList(redacted.found);
    if (list) {
      const passed = pii.action === "redact";
      const message = passed ? `Redacted ${list}.` : `Found personal data: ${list}.`;
      findings.push({ check: "pii_redaction", passed, message, found: redacted.found });
    }
  }
  const run = (check: Check): Promise<GuardrailFinding | null> | GuardrailFinding | null => {
    switch (check.kind) {
      case "pii_redaction":
        return null;
      case "banned_words":
        return bannedWordsFinding(text, check.words);
      case "brand":
        return brandFinding(ctx, text, check.clientId);
      case "json_schema":
        return jsonSchemaFinding(value, check.schema);
    }
  };
  for (const check of config.checks) {
    const finding = await run(check);
    if (finding) findings.push(finding);
  }
  const passed = findings.every((finding) => finding.passed);
  const output: GuardrailOutput = { passed, text, findings };
  return { kind: "done", output, handles: [passed ? "pass" : "fail"] };
};
