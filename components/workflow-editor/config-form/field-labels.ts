/** `maxTokens` → "Max tokens", `signature_header` → "Signature header". */
export function humanise(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : key;
}

/**
 * Labels better than the humanised key, by field name. Some also keep clear of the panel's own
 * "Name" and "Id" fields, which tests and people find by those exact names.
 */
const LABELS: Record<string, string> = {
  agentId: "Agent",
  providerId: "Provider",
  workflowId: "Workflow",
  clientId: "Client",
  url: "URL",
  cron: "Schedule (cron)",
  timezone: "Time zone",
  jsonSchema: "Answer shape (JSON Schema)",
  inputSchema: "Input fields (JSON Schema)",
  schema: "JSON Schema",
  maxTokens: "Max tokens",
  durationSeconds: "Wait for (seconds)",
  until: "Wait until",
  timeoutMinutes: "Time limit (minutes)",
  waitSeconds: "Wait for the output (seconds)",
  maxIterations: "Most items",
  system: "System prompt",
  to: "To",
};

/** Labels that only make sense for one node type, keyed `type.field` (or `type.list.field` inside a list). */
const TYPE_LABELS: Record<string, string> = {
  "set_variable.name": "Variable name",
  "set_variable.value": "Value (expression)",
  "switch.cases.id": "Case id",
  "switch.cases.expression": "When (expression)",
  "trigger.portal_form.fields.name": "Input key",
  "trigger.portal_form.fields.label": "Field label",
  "trigger.portal_form.fields.type": "Field type",
  "trigger.portal_form.fields.options": "Choices",
  "trigger.portal_form.fields": "Form fields",
  "sub_workflow.input": "Input (expression)",
  "loop.items": "Items (expression)",
  "condition.expression": "Condition (expression)",
  "transform.expression": "Expression",
  "approval.approvers": "Approvers",
  "guardrail.input": "Text to check",
  "note.text": "Note",
};

/** Help under a field, where the name alone does not say enough; keyed like TYPE_LABELS. */
const HINTS: Record<string, string> = {
  "llm.providerId": "Empty: the agency's default provider, or the built-in offline model.",
  "llm.model": "Empty: the provider's default model.",
  "llm.jsonSchema": "With one, the model answers with JSON of this shape, and the step's output is that object.",
  "llm.temperature": "From 0 (focused) to 2 (varied).",
  "trigger.manual.inputSchema": "The fields the Run form asks for; without one the run starts with no input.",
  "trigger.webhook.respond": "Immediately: answer 202 with the run id. With output: wait for an Output step.",
  "trigger.webhook.waitSeconds": "How long to wait for the output before answering with the run id to poll.",
  "trigger.webhook.signature":
    "HMAC-SHA256: requests must carry the HMAC of their body, made with the webhook's secret.",
  "trigger.portal_form.clientId": "Only this client's portal shows the form; empty: every client's does.",
  "trigger.portal_form.fields.name": "Later steps read it as input.<key>.",
  "trigger.portal_form.fields.options": "One choice per line, for a choice field.",
  "approval.approvers": "Tick who may decide; none ticked: anyone allowed to run the workflow may.",
  "approval.timeoutMinutes": "Empty: wait until someone decides (no Timed out path).",
  "delay.durationSeconds": "Set this or Wait until, not both.",
  "delay.until": "An expression giving a date and time (an ISO string or milliseconds).",
  "sub_workflow.input": "The other workflow's trigger input; empty: it starts with no input.",
  "email.to": "One address, or several separated by commas.",
  "set_variable.name": "Later steps read it as vars.<name>.",
  "switch.cases.id": "The case's path id: keep it when renaming, so connections stay.",
  "http.headers": "Values may use {{ … }}, e.g. Bearer {{ vars.token }}.",
  "guardrail.checks": "Each kind once: personal data, banned words, brand rules or a JSON schema.",
};

/** The label for `key` of a node type, `scope` being the key's path without list indexes ("cases.id"). */
export const labelFor = (type: string, scope: string, key: string): string =>
  TYPE_LABELS[`${type}.${scope}`] ?? LABELS[key] ?? humanise(key);

export const hintFor = (type: string, scope: string): string | undefined => HINTS[`${type}.${scope}`];
