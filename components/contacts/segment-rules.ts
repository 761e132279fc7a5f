import type { inferRouterOutputs } from "@trpc/server";
import type { TSegmentDefinition, TSegmentRule } from "@/lib/schemas/contacts";
import type { AppRouter } from "@/server/api/root";

export type SegmentRecord = inferRouterOutputs<AppRouter>["contacts"]["segments"][number];
export type SegmentMatch = TSegmentDefinition["match"];
export type RuleField = TSegmentRule["field"];
export type RuleOp = TSegmentRule["op"];

export const MATCH_OPTIONS = ["all", "any"] as const satisfies readonly SegmentMatch[];
export const MATCH_LABELS: Record<SegmentMatch, string> = { all: "All rules", any: "Any rule" };

/** In the order the field select offers them. */
export const RULE_FIELDS = [
  "tag",
  "name",
  "email",
  "title",
  "phone",
  "createdAt",
  "emailConsent",
  "smsConsent",
  "whatsappConsent",
  "client",
] as const satisfies readonly RuleField[];

export const FIELD_LABELS: Record<RuleField, string> = {
  tag: "Tag",
  name: "Name",
  email: "Email",
  title: "Title",
  phone: "Phone",
  createdAt: "Created",
  emailConsent: "Email consent",
  smsConsent: "SMS consent",
  whatsappConsent: "WhatsApp consent",
  client: "Client",
};

const TEXT_OPS = ["contains", "equals", "is_empty", "is_not_empty"] as const;

/** The operators ZSegmentRule accepts for each field, first one the default. */
export const FIELD_OPS: Record<RuleField, readonly RuleOp[]> = {
  tag: ["is", "is_not"],
  name: TEXT_OPS,
  email: TEXT_OPS,
  title: TEXT_OPS,
  phone: TEXT_OPS,
  createdAt: ["after", "before"],
  emailConsent: ["is"],
  smsConsent: ["is"],
  whatsappConsent: ["is"],
  client: ["is"],
};

export const OP_LABELS: Record<RuleOp, string> = {
  is: "is",
  is_not: "is not",
  contains: "contains",
  equals: "equals",
  is_empty: "is empty",
  is_not_empty: "is not empty",
  after: "is after",
  before: "is before",
};

export type ValueKind = "text" | "date" | "boolean" | "client" | "none";

export function valueKind(field: RuleField, op: RuleOp): ValueKind {
  if (op === "is_empty" || op === "is_not_empty") return "none";
  if (field === "createdAt") return "date";
  if (field === "client") return "client";
  if (field === "emailConsent" || field === "smsConsent" || field === "whatsappConsent") return "boolean";
  return "text";
}

/** A rule as the editor holds it: every value as the text of its control ("true"/"false" for consents). */
export type RuleDraft = { key: string; field: RuleField; op: RuleOp; value: string };

let nextKey = 0;
const newKey = () => `rule-${++nextKey}`;

export function newRuleDraft(field: RuleField = "tag"): RuleDraft {
  const op = FIELD_OPS[field][0] ?? "is";
  return { key: newKey(), field, op, value: valueKind(field, op) === "boolean" ? "true" : "" };
}

/** Changing the field resets the operator and value to ones valid for the new field. */
export function changeRuleField(draft: RuleDraft, field: RuleField): RuleDraft {
  return { ...newRuleDraft(field), key: draft.key };
}

export function ruleToDraft(rule: TSegmentRule): RuleDraft {
  return { key: newKey(), field: rule.field, op: rule.op, value: String(rule.value) };
}

/** The shape ZSegmentRule parses; the schema, not this function, decides whether it is valid. */
export function draftToCandidate(draft: RuleDraft): { field: RuleField; op: RuleOp; value: string | boolean } {
  const kind = valueKind(draft.field, draft.op);
  const value = kind === "boolean" ? draft.value === "true" : kind === "none" ? "" : draft.value;
  return { field: draft.field, op: draft.op, value };
}

/** "Tag is vip", "Email consent is yes", "Client is Acme". */
export function describeRule(rule: TSegmentRule, clientName: (id: string) => string | undefined): string {
  const head = `${FIELD_LABELS[rule.field]} ${OP_LABELS[rule.op]}`;
  switch (valueKind(rule.field, rule.op)) {
    case "none":
      return head;
    case "boolean":
      return `${head} ${rule.value === true ? "yes" : "no"}`;
    case "client":
      return `${head} ${clientName(String(rule.value)) ?? "a client"}`;
    case "date":
      return `${head} ${String(rule.value)}`;
    case "text":
      return `${head} “${String(rule.value)}”`;
  }
}

export function describeDefinition(
  definition: TSegmentDefinition,
  clientName: (id: string) => string | undefined,
): string {
  const joiner = definition.match === "all" ? " and " : " or ";
  return definition.rules.map((rule) => describeRule(rule, clientName)).join(joiner);
}
