import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edge, graph, node } from "@/lib/workflow/fixtures";
import { type TWorkflowGraph } from "@/lib/workflow/graph";
import { agentsByTemplate, instantiateTemplate, WORKFLOW_TEMPLATES, workflowTemplate } from "@/lib/workflow/templates";
import { validateGraph } from "@/lib/workflow/validate";
import {
  addMember,
  adminSql,
  appError,
  callerFor,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { describeWorkflow } from "./describe";

const KEY = "sk-describe-test-0123456789";

let server: OpenAIServer;
/** Its Chief of Staff has no provider: the offline model. */
let offline: TestAgency;
let offlineCaller: Caller;
/** Its Chief of Staff answers through the local OpenAI-compatible server. */
let online: TestAgency;
let onlineCaller: Caller;
let analyticsId: string;
/** An agent of the offline agency: never a valid choice for the online one. */
let foreignAgentId: string;

const agentIds = async (caller: Caller) => agentsByTemplate(await caller.agents.list());

/** start → the Analytics agent (by role) → result: what a good answer holds. */
function goodGraph(agentId = "role:analytics"): TWorkflowGraph {
  return graph(
    [
      node("start", "trigger.manual"),
      node("summary", "agent", { agentId, prompt: "Sum up last week's campaign numbers." }),
      node("result", "output", { value: "{{ nodes.summary.output.answer }}" }),
    ],
    [edge("start", "summary"), edge("summary", "result")],
  );
}

/** A graph with two problems: a step type nobody knows, and an email with no subject. */
function badGraph(): TWorkflowGraph {
  return graph(
    [
      node("start", "trigger.manual"),
      node("upload", "ftp.upload", {}),
      node("mail", "email", { to: "a@example.com", body: "Hi" }),
    ],
    [edge("start", "upload"), edge("start", "mail")],
  );
}

const answer = (value: unknown) => ({ kind: "text" as const, text: JSON.stringify(value) });

async function auditAfter(organizationId: string) {
  const rows = await adminSql<{ after: Record<string, unknown> }>(
    "SELECT after FROM audit_events WHERE organization_id = $1 AND action = 'workflow.describe' ORDER BY seq DESC LIMIT 1",
    [organizationId],
  );
  return rows[0]?.after;
}

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY, models: ["gpt-test-mini"] });
  [offline, online] = await Promise.all([createAgency(), createAgency()]);
  offlineCaller = ownerCaller(offline);
  onlineCaller = ownerCaller(online);
  const provider = await onlineCaller.providers.create({
    name: "Local",
    kind: "openai_compatible",
    baseUrl: server.url,
    apiKey: KEY,
    defaultModel: "gpt-test-mini",
    models: [{ id: "gpt-test-mini", inputPerMillion: 2, outputPerMillion: 8 }],
  });
  const roles = await agentIds(onlineCaller);
  await onlineCaller.agents.update({ id: roles.chief_of_staff!, patch: { providerId: provider.id } });
  analyticsId = roles.analytics!;
  foreignAgentId = (await agentIds(offlineCaller)).analytics!;
});

afterAll(async () => {
  await server.close();
  await closeConnections();
});

describe("describing a workflow with the offline model", () => {
  it("drafts a template from its own description, with the agency's agents in its agent steps", async () => {
    const template = workflowTemplate("weekly_client_report")!;
    const result = await describeWorkflow(ownerAccess(offline), { description: template.description });
    const expected = instantiateTemplate(template, { agentsByTemplate: await agentIds(offlineCaller) });
    expect(result).toMatchObject({ source: "offline-template", repaired: false, name: template.name });
    expect(result.graph).toEqual(expected);
    expect(validateGraph(result.graph)).toEqual({ ok: true, errors: [] });
    expect(result.graph.nodes.find((n) => n.type === "agent")?.config).toMatchObject({ agentId: foreignAgentId });
    expect(await auditAfter(offline.organizationId)).toMatchObject({
      source: "offline-template",
      template: template.id,
    });
  });

  it("matches through case and punctuation, and names the draft so it does not clash", async () => {
    const template = workflowTemplate("lead_qualification")!;
    await offlineCaller.workflows.create({ name: template.name });
    const result = await offlineCaller.workflows.describe({
      description: `  ${template.description.toUpperCase().replaceAll(",", "")}  `,
    });
    expect(result.name).toBe(`${template.name} (2)`);
    expect(result.graph).toEqual(instantiateTemplate(template, { agentsByTemplate: {} }));
    // The draft is created through the ordinary path.
    const created = await offlineCaller.workflows.create({ name: result.name, graph: result.graph });
    expect(created.draft).toEqual(result.graph);
  });

  it("refuses anything else, naming the templates and what to do", async () => {
    const error = await appError(
      describeWorkflow(ownerAccess(offline), { description: "Send a thank-you email to each new client on Friday" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The offline model can only draft the templates' own descriptions \(/);
    for (const template of WORKFLOW_TEMPLATES) expect(error.message).toContain(template.name);
    expect(error.message).toMatch(/connect a model provider for anything else\.$/);
    expect(error.details?.field).toBe("description");
  });
});

describe("describing a workflow with a model", () => {
  it("returns a valid graph the model answered, agents resolved, and records the run", async () => {
    server.script(answer({ name: "Weekly numbers", description: "Sums up the week.", graph: goodGraph() }));
    const before = server.requests.length;
    const result = await describeWorkflow(ownerAccess(online), {
      description: "Every week, have Analytics sum up the campaign numbers.",
    });
    expect(result).toMatchObject({ source: "model", repaired: false, name: "Weekly numbers" });
    expect(result.description).toBe("Sums up the week.");
    expect(validateGraph(result.graph).ok).toBe(true);
    expect(result.graph.nodes[1]!.config).toMatchObject({ agentId: analyticsId });

    const requests = server.requests.slice(before);
    expect(requests).toHaveLength(1);
    const messages = requests[0]!.body.messages as { role: string; content: string }[];
    expect(messages[0]).toMatchObject({ role: "system" });
    expect(messages[0]!.content).toContain("### trigger.manual");
    expect(messages[0]!.content).toContain(`"role:analytics" or "${analyticsId}"`);
    expect(messages.at(-1)!.content).toContain("Every week, have Analytics sum up the campaign numbers.");

    const runs = await adminSql<{ status: string; input_tokens: number; output_tokens: number }>(
      `SELECT status::text, input_tokens, output_tokens FROM agent_runs
       WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [online.organizationId],
    );
    expect(runs[0]).toMatchObject({
      status: "succeeded",
      input_tokens: requests[0]!.usage!.prompt_tokens,
      output_tokens: requests[0]!.usage!.completion_tokens,
    });
    expect(await auditAfter(online.organizationId)).toMatchObject({
      source: "model",
      outcome: "drafted",
      repaired: false,
    });
  });

  it("sends the problems back once and returns the repaired graph", async () => {
    server.script([answer(badGraph()), { kind: "text", text: "```json\n" + JSON.stringify(goodGraph()) + "\n```" }]);
    const before = server.requests.length;
    const result = await describeWorkflow(ownerAccess(online), {
      description: "Have Analytics sum up the campaign numbers.",
    });
    expect(result).toMatchObject({ source: "model", repaired: true });
    expect(result.name).toBe("Have Analytics sum up the campaign numbers");
    expect(validateGraph(result.graph).ok).toBe(true);
    const repair = server.requests.slice(before)[1]!.body.messages as { role: string; content: string }[];
    expect(repair.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(repair.at(-1)!.content).toContain('"ftp.upload" step');
    expect(repair.at(-1)!.content).toContain("Write a subject.");
  });

  it("refuses a draft still wrong after the repair, listing the first problems", async () => {
    server.script([answer(badGraph()), answer(badGraph())]);
    const error = await trpcError(
      onlineCaller.workflows.describe({ description: "Upload the report by FTP and email it." }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The Chief of Staff's draft still had problems: /);
    expect(error.message).toContain('"ftp.upload" step');
    expect(error.message).toContain("Write a subject");
    expect(error.message).toMatch(/; describe it differently or start from a template\.$/);
    expect(await auditAfter(online.organizationId)).toMatchObject({ outcome: "refused", problems: 2 });
  });

  it("accepts only the agency's own agents in agent steps", async () => {
    server.script([answer(goodGraph(foreignAgentId)), answer(goodGraph(foreignAgentId))]);
    const error = await appError(
      describeWorkflow(ownerAccess(online), { description: "Have Analytics sum up the campaign numbers." }),
    );
    expect(error.message).toContain(`runs agent "${foreignAgentId}", which is not one of the agency's agents`);
  });

  it("says why when the provider fails, and marks the run failed", async () => {
    server.script({ kind: "error", status: 401, message: "Bad key for this test." });
    const error = await appError(
      describeWorkflow(ownerAccess(online), { description: "Have Analytics sum up the campaign numbers." }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The Chief of Staff could not draft it: The provider refused the API key \(401\)/);
    const runs = await adminSql<{ status: string }>(
      "SELECT status::text FROM agent_runs WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1",
      [online.organizationId],
    );
    expect(runs[0]?.status).toBe("failed");
  });
});

describe("workflows.describe", () => {
  it("checks the description's length with a helpful message", async () => {
    const error = await trpcError(offlineCaller.workflows.describe({ description: "   short  " }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("Describe the workflow in a sentence or two");
  });

  it("is for people who may edit workflows", async () => {
    const viewer = await addMember(offline, "viewer");
    const error = await trpcError(
      callerFor(viewer, offline.organizationId).workflows.describe({
        description: WORKFLOW_TEMPLATES[0]!.description,
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("asks for a Chief of Staff when the agency has none", async () => {
    const bare = await createAgency();
    const caller = ownerCaller(bare);
    await caller.agents.delete({ id: (await agentIds(caller)).chief_of_staff! });
    const error = await appError(
      describeWorkflow(ownerAccess(bare), { description: WORKFLOW_TEMPLATES[0]!.description }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/no Chief of Staff agent.*Add one under Agents/);
  });
});
