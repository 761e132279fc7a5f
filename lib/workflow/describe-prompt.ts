import { z } from "zod";
import { GRAPH_VERSION } from "./graph";
import { NODE_TYPE_NAMES, nodeTypeMeta, type NodeType } from "./node-types";
import { WORKFLOW_TEMPLATES } from "./templates";
import type { DraftAgent, DraftProblem } from "./describe-draft";

/**
 * Types a described workflow may not use: a sub-workflow needs the id of a workflow the model
 * cannot know. (Other row ids — providers, clients, approvers — are left out of the config.)
 */
const NOT_OFFERED: readonly NodeType[] = ["sub_workflow"];

/** Output handles whose ids depend on the config, in words; the others are read from the type. */
const DYNAMIC_OUTPUTS: Partial<Record<NodeType, string>> = {
  switch: "one per case (the case's id), then default",
  parallel: "branch_1 … branch_<branches>",
  approval: "approved, rejected, and timeout when timeoutMinutes is set",
};

/** What a step gives later steps as `nodes.<id>.output`. */
const OUTPUTS: Partial<Record<NodeType, string>> = {
  agent: "{ answer, agent, toolsUsed }",
  llm: "the answer's text, or with jsonSchema the object it describes",
  condition: "{ value }",
  switch: "{ case }",
  loop: "on done: { results (each body run's last output), count }",
  approval: "{ decision, comment, by }",
  http: "{ status, body, data }",
  transform: "the expression's value",
  set_variable: "{ name, value }; later steps read vars.<name>",
  email: "{ emailId, to, subject }",
  guardrail: "{ passed, text, findings }",
  merge: "{ inputs: { <id>: output } }",
};

/** The config schema of a type as compact JSON Schema: the fields, their types, limits and defaults. */
function configSchema(type: NodeType): string {
  const schema = z.toJSONSchema(nodeTypeMeta(type).config, { io: "input", unrepresentable: "any" });
  delete schema.$schema;
  return JSON.stringify(schema);
}

function catalogueLine(type: NodeType): string {
  const meta = nodeTypeMeta(type);
  const inputs = meta.inputs.map((handle) => handle.id).join(", ") || "none";
  let outputs = DYNAMIC_OUTPUTS[type];
  if (!outputs)
    outputs =
      meta
        .outputs({} as never)
        .map((handle) => handle.id)
        .join(", ") || "none";
  return [
    `### ${type} — ${meta.label}`,
    meta.description,
    `inputs: ${inputs}; outputs: ${outputs}${OUTPUTS[type] ? `; output value: ${OUTPUTS[type]}` : ""}`,
    `config: ${configSchema(type)}`,
  ].join("\n");
}

/** The node catalogue as the model reads it, built from the node types so it never falls behind. */
export function nodeCatalogue(): string {
  return NODE_TYPE_NAMES.filter((type) => !NOT_OFFERED.includes(type))
    .map(catalogueLine)
    .join("\n\n");
}

/** One worked example: a template as a model should answer, agents named by role, no positions. */
function example(): string {
  const template = WORKFLOW_TEMPLATES.find((candidate) => candidate.id === "campaign_anomaly_alert")!;
  const graph = {
    version: template.graph.version,
    nodes: template.graph.nodes.map(({ position: _position, ...node }) => node),
    edges: template.graph.edges.map(({ id: _id, ...edge }) => edge),
  };
  return JSON.stringify({ name: template.name, description: template.description, graph });
}

function agentLine(agent: DraftAgent & { description?: string | null }): string {
  const about = agent.description?.trim() ? ` — ${agent.description.trim().slice(0, 200)}` : "";
  return `- ${agent.name}: agentId "role:${agent.template}" or "${agent.id}"${about}`;
}

/** The system prompt for drafting a workflow graph from a description. */
export function describeSystemPrompt(options: {
  agentName: string;
  agencyName: string;
  agents: readonly (DraftAgent & { description?: string | null })[];
}): string {
  const agents = options.agents.length
    ? options.agents.map(agentLine).join("\n")
    : "- (none: do not use agent steps; use llm steps instead)";
  const who =
    options.agentName.trim().toLowerCase() === "chief of staff"
      ? "the Chief of Staff"
      : `${options.agentName}, the Chief of Staff,`;
  return `You are ${who} at ${options.agencyName || "a marketing agency"}. You turn a plain-language description of a workflow into a Switchboard workflow graph that the team will review in the editor.

Answer with ONE JSON object and nothing else (no prose, no code fence):
{ "name": "<short name, at most 60 characters>", "description": "<one sentence on what it does>", "graph": <the graph> }

## The graph
{ "version": ${GRAPH_VERSION}, "nodes": [...], "edges": [...] }
- A node: { "id", "type", "name", "config" }. The id is a lower-case slug (a–z, 0–9, _; starts with a letter; at most 40 characters), unique, e.g. "draft_copy". The name is what people read, at most 80 characters. The config has exactly the fields of the type's config schema below (no others); required fields must be filled.
- An edge: { "source", "sourceHandle", "target", "targetHandle" } from an output handle of one node to an input handle of another, using the handle ids listed for each type (most steps: out → in).
- Exactly one trigger (a type starting with "trigger."), and every other step must be reachable from it. No cycles, except a loop: its body starts at the loop's "body" output and its last step connects back to the loop's "continue" input; the loop's "done" output goes on after it.
- End each path with an output step. Keep it as small as the description allows; do not invent requirements.
- Text fields (prompts, email fields, messages, output value) are templates: text with expressions in {{ }}. Expression fields (condition, switch cases, loop items, transform, set_variable value, delay until) hold one bare expression without braces. Expressions are JSONata: nodes.<id>.output reads an earlier step's output, input reads the trigger's data (webhook body under input.body, form fields, manual input fields), vars.<name> reads a set variable, item and index inside a loop. Only reference steps that always run before. Text literals in expressions need quotes: "nurture".
- A trigger.manual's inputSchema is a JSON Schema of the fields the Run form asks for, e.g. { "type": "object", "properties": { "brief": { "type": "string", "title": "Brief" } }, "required": ["brief"] }; the run reads them as input.brief. Leave it out when the run needs no input.
- Agent steps run one of the agency's agents; set config.agentId to one listed below.
- Leave out ids you do not know: providerId, model, approvers, clientId (no brand guardrail check). Use example.com addresses where an email address is needed and the description gives none.

## The agency's agents
${agents}

## Node types
${nodeCatalogue()}

## Example
Description: "${WORKFLOW_TEMPLATES.find((t) => t.id === "campaign_anomaly_alert")!.description}"
Answer:
${example()}`;
}

/** What the person asked for, as the first message. */
export const describeUserPrompt = (description: string): string =>
  `Draft the workflow for this description:\n\n${description}`;

/** The second message when the first draft has problems: each one, and the ask to send it whole again. */
export function repairPrompt(problems: readonly DraftProblem[]): string {
  const list = problems
    .slice(0, 20)
    .map((problem) => `- ${problem.message}`)
    .join("\n");
  return `That draft has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${list}\n\nFix ${problems.length === 1 ? "it" : "them"} and answer again with the whole corrected JSON object, nothing else.`;
}
