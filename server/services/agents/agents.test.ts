import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPrompt } from "@/lib/agents/prompt";
import { DEFAULT_AGENT_TEMPLATES, TEMPLATE_DEFAULTS } from "@/lib/agents/templates";
import {
  addMember,
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";

afterAll(closeConnections);

let agency: TestAgency;
let caller: Caller;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
});

describe("agents", () => {
  it("new agencies start with one agent per role, on the offline model", async () => {
    const agents = await caller.agents.list();
    expect(agents.map((a) => a.template).sort()).toEqual([...DEFAULT_AGENT_TEMPLATES].sort());
    const chief = agents.find((a) => a.template === "chief_of_staff");
    expect(chief).toMatchObject({
      name: "Chief of Staff",
      providerId: null,
      status: "idle",
      visibility: "internal",
      tools: TEMPLATE_DEFAULTS.chief_of_staff.tools,
    });
    expect(await caller.agents.addDefaults()).toEqual({ added: 0 });
    await caller.agents.delete({ id: chief!.id });
    expect(await caller.agents.addDefaults()).toEqual({ added: 1 });
  });

  it("are created from a template, edited and deleted, each change audited", async () => {
    const agent = await caller.agents.create({
      template: "custom",
      name: "Copy doctor",
      systemPrompt: "Fix copy for {{client_name}} in the {{tone}} tone.",
      variables: { tone: "warm" },
      tools: ["copy.aida"],
      temperature: 0.2,
    });
    expect(agent).toMatchObject({ template: "custom", tools: ["copy.aida"], variables: { tone: "warm" } });
    const edited = await caller.agents.update({ id: agent.id, patch: { name: "Copy doctor 2", memoryWindow: 5 } });
    expect(edited).toMatchObject({ name: "Copy doctor 2", memoryWindow: 5 });
    await caller.agents.delete({ id: agent.id });
    const events = await adminSql<{ action: string }>(
      "SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq",
      [agent.id],
    );
    expect(events.map((e) => e.action)).toEqual(["agent.create", "agent.update", "agent.delete"]);
    expect(renderPrompt(agent.systemPrompt, { client_name: "Bluebird Coffee", ...agent.variables })).toBe(
      "Fix copy for Bluebird Coffee in the warm tone.",
    );
  });

  it("refuse unknown prompt variables, foreign providers and models the provider has not enabled", async () => {
    const unknown = await trpcError(
      caller.agents.create({ template: "custom", name: "Typo", systemPrompt: "Hello {{clientt_name}}" }),
    );
    expect(unknown.message).toMatch(/Unknown variable \{\{clientt_name\}\}: use agency_name, client_name or today/);
    const badName = await trpcError(
      caller.agents.create({ template: "custom", name: "Bad var", variables: { "2tone": "warm" } }),
    );
    expect(badName.message).toMatch(/2tone\\?" is not a variable name: use letters, digits and _/);
    const provider = await caller.providers.create({
      name: "Enabled only",
      kind: "openai_compatible",
      baseUrl: "http://127.0.0.1:9/v1",
      defaultModel: "m1",
      models: [{ id: "m1", inputPerMillion: 1, outputPerMillion: 2 }],
    });
    const wrongModel = await trpcError(
      caller.agents.create({ template: "analytics", name: "Wrong model", providerId: provider.id, model: "m2" }),
    );
    expect(wrongModel.message).toBe('That provider has not enabled "m2". Choose one of: m1.');
    const agent = await caller.agents.create({
      template: "analytics",
      name: "On m1",
      providerId: provider.id,
      model: "m1",
    });
    expect(agent.provider).toMatchObject({ name: "Enabled only" });
    // The provider is now in use: it cannot be deleted from under the agent.
    const inUse = await trpcError(caller.providers.delete({ id: provider.id }));
    expect(inUse).toMatchObject({
      code: "CONFLICT",
      message: "1 agent uses this provider. Move them to another provider first.",
    });
    const theirs = await ownerCaller(await createAgency()).providers.create({
      name: "Theirs",
      kind: "openai",
      defaultModel: "gpt-x",
    });
    const foreign = await trpcError(
      caller.agents.create({ template: "analytics", name: "Foreign", providerId: theirs.id }),
    );
    expect(foreign.message).toBe("That provider was not found in this agency.");
  });

  it("may list the agency's own custom tools, and no tool that does not exist", async () => {
    const crmTool = (name: string) => ({
      name,
      description: "Looks a contact up in the CRM.",
      method: "GET" as const,
      url: "https://crm.example.com/search",
      inputSchema: { type: "object" as const, properties: { q: { type: "string" as const } } },
      timeoutMs: 5_000,
    });
    await caller.customTools.create(crmTool("crm_lookup"));
    const agent = await caller.agents.create({
      template: "custom",
      name: "CRM helper",
      tools: ["clients.search", "custom.crm_lookup"],
    });
    expect(agent.tools).toEqual(["clients.search", "custom.crm_lookup"]);
    expect((await caller.agents.get({ id: agent.id })).tools).toEqual(["clients.search", "custom.crm_lookup"]);

    const missing = await trpcError(
      caller.agents.update({ id: agent.id, patch: { tools: ["custom.crm_lookup", "custom.crm_update"] } }),
    );
    expect(missing).toMatchObject({
      code: "BAD_REQUEST",
      message:
        "The tool custom.crm_update does not exist in this agency. Create it on the Tools page or take it off the agent.",
    });
    // Another agency's tool of that name does not count.
    const other = ownerCaller(await createAgency());
    await other.customTools.create(crmTool("only_theirs"));
    const foreign = await trpcError(
      caller.agents.create({ template: "custom", name: "Borrower", tools: ["custom.only_theirs"] }),
    );
    expect(foreign.message).toMatch(/^The tool custom\.only_theirs does not exist in this agency/);
    const junk = await trpcError(
      caller.agents.update({ id: agent.id, patch: { tools: ["custom.Bad Name" as never] } }),
    );
    expect(junk.code).toBe("BAD_REQUEST");
    expect((await caller.agents.get({ id: agent.id })).tools).toEqual(["clients.search", "custom.crm_lookup"]);
  });

  it("are managed by managers and up, seen by everyone in the agency, and by no other agency", async () => {
    const [first] = await caller.agents.list();
    const member = await addMember(agency, "member");
    const asMember = callerFor(member, agency.organizationId);
    expect((await asMember.agents.list()).length).toBeGreaterThan(0);
    expect((await trpcError(asMember.agents.update({ id: first!.id, patch: { name: "x" } }))).code).toBe("FORBIDDEN");
    const other = ownerCaller(await createAgency());
    expect((await trpcError(other.agents.get({ id: first!.id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(other.agents.delete({ id: first!.id }))).code).toBe("NOT_FOUND");
  });
});
