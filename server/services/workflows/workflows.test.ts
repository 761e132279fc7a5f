import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { edge, graph, node, start, step } from "@/lib/workflow/fixtures";
import { type TWorkflowGraph, type TWorkflowNode } from "@/lib/workflow/graph";
import { starterGraph } from "@/lib/workflow/starter";
import { AppError } from "@/server/errors";
import {
  addMember,
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  unique,
  type Caller,
  type TestAgency,
  type TestMember,
} from "@/test/factories";

afterAll(closeConnections);

let agency: TestAgency;
let owner: Caller;

beforeAll(async () => {
  agency = await createAgency();
  owner = ownerCaller(agency);
});

const uniqueName = (label = "Flow") => `${label} ${unique()}`;

/** start → each step in turn → result, which returns the last step's output. */
function chain(...steps: TWorkflowNode[]): TWorkflowGraph {
  const last = steps.at(-1)?.id;
  const nodes = [
    start(),
    ...steps,
    node("result", "output", { value: last ? `{{ nodes.${last}.output }}` : "{{ input }}" }),
  ];
  return graph(
    nodes,
    nodes.slice(1).map((to, index) => edge(nodes[index]!.id, to.id)),
  );
}

/** A graph the schema accepts but validation does not: an unknown step type and a step nothing leads to. */
const withProblems = (): TWorkflowGraph => {
  const base = chain(step("shape", "input.amount * 2"));
  return graph([...base.nodes, node("ftp", "ftp.upload"), step("orphan")], [...base.edges, edge("shape", "ftp")]);
};

/** The domain error a tRPC error was mapped from (its details are what the error formatter sends as `data`). */
function appCause(error: TRPCError): AppError {
  expect(error.cause).toBeInstanceOf(AppError);
  return error.cause as AppError;
}

/** "path: message" for each input-validation issue, as the error formatter words them for the browser. */
function inputIssues(error: TRPCError): string[] {
  expect(error.code).toBe("BAD_REQUEST");
  expect(error.cause).toBeInstanceOf(ZodError);
  return (error.cause as ZodError).issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

/** Each call's outcome: "succeeded" or the tRPC error code it failed with. */
async function outcomes(calls: Record<string, () => Promise<unknown>>): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const [label, call] of Object.entries(calls)) {
    try {
      await call();
      result[label] = "succeeded";
    } catch (error) {
      result[label] = error instanceof TRPCError ? error.code : String(error);
    }
  }
  return result;
}

const every = (calls: Record<string, unknown>, outcome: string) =>
  Object.fromEntries(Object.keys(calls).map((label) => [label, outcome]));

async function auditActions(targetId: string): Promise<{ action: string; after: Record<string, unknown> | null }[]> {
  return adminSql("SELECT action, after FROM audit_events WHERE target_id = $1 ORDER BY seq", [targetId]);
}

async function storedDraft(id: string): Promise<{ draft: unknown; draft_revision: number }> {
  const [row] = await adminSql<{ draft: unknown; draft_revision: number }>(
    "SELECT draft, draft_revision FROM workflows WHERE id = $1",
    [id],
  );
  if (!row) throw new Error(`no workflow ${id}`);
  return row;
}

describe("workflows: create, read, rename", () => {
  it("start from the starter graph (Start → Result), with a webhook address of their own", async () => {
    const name = uniqueName("Lead intake");
    const created = await owner.workflows.create({ name, description: "Routes new leads." });
    expect(created).toMatchObject({
      name,
      description: "Routes new leads.",
      draftRevision: 1,
      publishedVersion: null,
      nodeCount: 2,
      draftSavedBy: agency.owner.name,
    });
    expect(created.draft).toEqual(starterGraph());
    expect(created.draft.nodes.map((n) => [n.id, n.type, n.name])).toEqual([
      ["start", "trigger.manual", "Start"],
      ["result", "output", "Result"],
    ]);
    expect(created.draft.edges).toMatchObject([{ source: "start", target: "result" }]);

    expect(created.webhookPath).toMatch(new RegExp(`^/api/hooks/${created.id}/[A-Za-z0-9_-]{32}$`));
    const secret = created.webhookPath!.split("/").at(-1);
    const other = await owner.workflows.create({ name: uniqueName() });
    expect(other.webhookPath!.split("/").at(-1)).not.toBe(secret);

    expect(await owner.workflows.get({ id: created.id })).toEqual(created);
    const listed = (await owner.workflows.list()).find((w) => w.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name,
      description: "Routes new leads.",
      draftRevision: 1,
      publishedVersion: null,
      nodeCount: 2,
      updatedAt: created.updatedAt,
    });
  });

  it("are renamed (keeping a description the rename did not mention), each change audited", async () => {
    const created = await owner.workflows.create({ name: uniqueName(), description: "Keeps me." });
    const renamed = await owner.workflows.update({ id: created.id, name: "  Renamed flow  " });
    expect(renamed).toMatchObject({ name: "Renamed flow", description: "Keeps me.", draft: created.draft });
    const cleared = await owner.workflows.update({ id: created.id, name: "Renamed flow", description: null });
    expect(cleared.description).toBeNull();
    expect((await auditActions(created.id)).map((e) => e.action)).toEqual([
      "workflow.create",
      "workflow.update",
      "workflow.update",
    ]);
  });

  it("have names unique in the agency, ignoring case, and free in another agency", async () => {
    const name = uniqueName("Weekly report");
    const first = await owner.workflows.create({ name });
    const clash = await trpcError(owner.workflows.create({ name: name.toUpperCase() }));
    expect(clash).toMatchObject({
      code: "CONFLICT",
      message: `A workflow named "${name.toUpperCase()}" already exists. Pick another name.`,
    });
    const second = await owner.workflows.create({ name: uniqueName() });
    expect((await trpcError(owner.workflows.update({ id: second.id, name: name.toLowerCase() }))).code).toBe(
      "CONFLICT",
    );
    // Renaming a workflow to its own name in another case is not a clash with itself.
    expect((await owner.workflows.update({ id: first.id, name: name.toLowerCase() })).name).toBe(name.toLowerCase());

    const elsewhere = await ownerCaller(await createAgency()).workflows.create({ name });
    expect(elsewhere.name).toBe(name);
  });
});

describe("workflows: saving the draft", () => {
  it("increments the revision and stores the graph", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    const next = chain(step("shape", "input.amount * 2"));
    expect(await owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: next })).toEqual({
      revision: 2,
      problems: [],
    });
    const saved = await owner.workflows.get({ id: wf.id });
    expect(saved).toMatchObject({ draftRevision: 2, nodeCount: 3, draft: next });
    expect(await storedDraft(wf.id)).toEqual({ draft: next, draft_revision: 2 });
  });

  it("refuses a save based on an older revision, naming who saved and the revision, and keeps their work", async () => {
    const member = await addMember(agency, "member");
    const asMember = callerFor(member, agency.organizationId);
    const wf = await owner.workflows.create({ name: uniqueName() });
    const theirs = chain(step("theirs", "input.a"));
    expect((await asMember.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: theirs })).revision).toBe(2);

    // The owner opened revision 1 too, and saves on top of it.
    const mine = chain(step("mine", "input.b"));
    const stale = await trpcError(owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: mine }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain(member.name);
    expect(stale.message).toContain("(revision 2) after you opened revision 1");
    expect(stale.message).toContain("Your changes were not saved");
    expect(appCause(stale).details).toEqual({ revision: 2 });

    expect(await storedDraft(wf.id)).toEqual({ draft: theirs, draft_revision: 2 });
    expect(await owner.workflows.get({ id: wf.id })).toMatchObject({ draftSavedBy: member.name, draft: theirs });

    // Based on the revision they saw now, the save goes through.
    expect((await owner.workflows.saveDraft({ id: wf.id, baseRevision: 2, graph: mine })).revision).toBe(3);
    expect(await storedDraft(wf.id)).toEqual({ draft: mine, draft_revision: 3 });
  });

  it("lets exactly one of two simultaneous saves of the same revision win", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    const a = chain(step("a", "1"));
    const b = chain(step("b", "2"));
    const results = await Promise.allSettled([
      owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: a }),
      owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: b }),
    ]);
    const won = results.flatMap((r, index) => (r.status === "fulfilled" ? [index] : []));
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await storedDraft(wf.id)).toEqual({ draft: won[0] === 0 ? a : b, draft_revision: 2 });
  });

  it("saves a draft with problems, and reports each problem on its node", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    const saved = await owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: withProblems() });
    expect(saved.revision).toBe(2);
    expect(saved.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nodeId: "ftp", field: "type", message: expect.stringContaining("ftp.upload") }),
        expect.objectContaining({ nodeId: "orphan", message: expect.any(String) }),
      ]),
    );
    expect(saved.problems.every((p) => p.nodeId === "ftp" || p.nodeId === "orphan")).toBe(true);
    expect((await storedDraft(wf.id)).draft).toEqual(withProblems());
  });

  it("refuses a graph the schema refuses, saying what to fix", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    const twice = chain(step("shape"));
    twice.nodes.push(step("shape", "2"));
    const error = await trpcError(owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: twice }));
    expect(inputIssues(error)).toContain('graph.nodes.3.id: Two steps have the id "shape"; give each step its own id.');
    expect(await storedDraft(wf.id)).toEqual({ draft: starterGraph(), draft_revision: 1 });
  });
});

describe("workflows: publishing and versions", () => {
  it("refuses an invalid draft with its problems, and a draft changed since it was looked at", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: withProblems() });

    const invalid = await trpcError(owner.workflows.publish({ id: wf.id, baseRevision: 2 }));
    expect(invalid.code).toBe("BAD_REQUEST");
    expect(invalid.message).toMatch(/^Not published: the workflow has \d+ problems to fix first\./);
    const problems = appCause(invalid).details?.problems ?? [];
    expect(problems.map((p) => p.nodeId)).toEqual(expect.arrayContaining(["ftp", "orphan"]));

    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 2, graph: chain(step("ok")) });
    const stale = await trpcError(owner.workflows.publish({ id: wf.id, baseRevision: 2 }));
    expect(stale).toMatchObject({
      code: "CONFLICT",
      message: "The draft changed since you looked at it (now revision 3). Review the newer draft before publishing.",
    });
    expect(appCause(stale).details).toEqual({ revision: 3 });

    expect(await owner.workflows.versions({ id: wf.id })).toEqual([]);
    expect((await owner.workflows.get({ id: wf.id })).publishedVersion).toBeNull();
    expect((await auditActions(wf.id)).map((e) => e.action)).not.toContain("workflow.publish");
  });

  it("numbers versions 1, 2, 3…, lists them newest first and never changes a published graph", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    const v1 = chain(step("shape", "input.amount"));
    const v2 = chain(step("shape", "input.amount * 2"), step("total", "$sum(nodes.shape.output)"));
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: v1 });
    expect(await owner.workflows.publish({ id: wf.id, baseRevision: 2, note: "First cut" })).toEqual({ version: 1 });
    expect((await owner.workflows.get({ id: wf.id })).publishedVersion).toBe(1);

    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 2, graph: v2 });
    const manager = await addMember(agency, "manager");
    const asManager = callerFor(manager, agency.organizationId);
    expect(await asManager.workflows.publish({ id: wf.id, baseRevision: 3 })).toEqual({ version: 2 });

    const versions = await owner.workflows.versions({ id: wf.id });
    expect(versions.map(({ number, note, createdBy, nodeCount }) => ({ number, note, createdBy, nodeCount }))).toEqual([
      { number: 2, note: null, createdBy: manager.name, nodeCount: 4 },
      { number: 1, note: "First cut", createdBy: agency.owner.name, nodeCount: 3 },
    ]);
    expect(await owner.workflows.version({ id: wf.id, version: 1 })).toEqual(v1);
    expect(await owner.workflows.version({ id: wf.id, version: 2 })).toEqual(v2);
    expect(await owner.workflows.get({ id: wf.id })).toMatchObject({ publishedVersion: 2, draftRevision: 3 });

    // Editing the draft and publishing it again leaves the earlier versions as they were.
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 3, graph: chain(step("other", "0")) });
    expect(await owner.workflows.publish({ id: wf.id, baseRevision: 4 })).toEqual({ version: 3 });
    expect(await owner.workflows.version({ id: wf.id, version: 1 })).toEqual(v1);
    expect(await owner.workflows.version({ id: wf.id, version: 2 })).toEqual(v2);
    expect((await trpcError(owner.workflows.version({ id: wf.id, version: 4 }))).code).toBe("NOT_FOUND");

    const published = (await auditActions(wf.id)).filter((e) => e.action === "workflow.publish");
    expect(published.map((e) => e.after)).toEqual([
      { version: 1, note: "First cut", draftRevision: 2 },
      { version: 2, note: null, draftRevision: 3 },
      { version: 3, note: null, draftRevision: 4 },
    ]);
  });

  it("gives two simultaneous publishes distinct numbers", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    const results = await Promise.all([
      owner.workflows.publish({ id: wf.id, baseRevision: 1 }),
      owner.workflows.publish({ id: wf.id, baseRevision: 1 }),
    ]);
    expect(results.map((r) => r.version).sort()).toEqual([1, 2]);
    expect((await owner.workflows.versions({ id: wf.id })).map((v) => v.number)).toEqual([2, 1]);
    expect((await owner.workflows.get({ id: wf.id })).publishedVersion).toBe(2);
  });
});

describe("workflows: diff and rollback", () => {
  const v1 = () => chain(step("trim", "$trim(input.text)"), step("shape", "input.amount"));
  const v2 = () => {
    const g = chain(step("enrich", "input"), step("shape", "input.amount * 2"));
    g.nodes.find((n) => n.id === "shape")!.retry = { attempts: 3, backoffMs: 1_000, maxBackoffMs: 8_000 };
    return g;
  };

  async function twoVersions() {
    const wf = await owner.workflows.create({ name: uniqueName() });
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: v1() });
    await owner.workflows.publish({ id: wf.id, baseRevision: 2 });
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 2, graph: v2() });
    await owner.workflows.publish({ id: wf.id, baseRevision: 3, note: "Enrich first" });
    return wf;
  }

  it("shows nodes and connections added, removed and changed, down to config paths", async () => {
    const wf = await twoVersions();
    const diff = await owner.workflows.diff({ id: wf.id, from: 1, to: 2 });
    expect(diff.nodes.added.map((n) => n.id)).toEqual(["enrich"]);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(["trim"]);
    expect(diff.nodes.changed).toEqual([
      { id: "shape", label: expect.any(String), config: ["expression"], settings: ["retry"] },
    ]);
    const ends = (edges: { source: string; target: string }[]) => edges.map((e) => `${e.source}→${e.target}`).sort();
    expect(ends(diff.edges.added)).toEqual(["enrich→shape", "start→enrich"]);
    expect(ends(diff.edges.removed)).toEqual(["start→trim", "trim→shape"]);
    expect(diff.behaviourChanged).toBe(true);

    const back = await owner.workflows.diff({ id: wf.id, from: 2, to: 1 });
    expect(back.nodes.added.map((n) => n.id)).toEqual(["trim"]);
    expect(back.nodes.removed.map((n) => n.id)).toEqual(["enrich"]);
    expect((await owner.workflows.diff({ id: wf.id, from: 2, to: 2 })).behaviourChanged).toBe(false);
  });

  it("compares a version with the draft, either way round", async () => {
    const wf = await twoVersions();
    const draft = v2();
    const shape = draft.nodes.find((n) => n.id === "shape")!;
    shape.position = { x: 40, y: 80 };
    shape.name = "Shape it";
    draft.nodes.push(node("memo", "note", { text: "Ask finance" }));
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 3, graph: draft });

    const diff = await owner.workflows.diff({ id: wf.id, from: 2, to: "draft" });
    expect(diff.nodes.added.map((n) => n.id)).toEqual(["memo"]);
    expect(diff.nodes.removed).toEqual([]);
    expect(diff.nodes.changed).toEqual([
      {
        id: "shape",
        label: "Shape it",
        renamed: { before: undefined, after: "Shape it" },
        moved: { before: { x: 0, y: 0 }, after: { x: 40, y: 80 } },
        config: [],
        settings: [],
      },
    ]);
    expect(diff.edges).toEqual({ added: [], removed: [] });
    // A note and a new look change nothing a run does.
    expect(diff.behaviourChanged).toBe(false);

    const fromDraft = await owner.workflows.diff({ id: wf.id, from: "draft", to: 1 });
    expect(fromDraft.nodes.removed.map((n) => n.id).sort()).toEqual(["enrich", "memo"]);
    expect((await trpcError(owner.workflows.diff({ id: wf.id, from: 1, to: 9 }))).code).toBe("NOT_FOUND");
  });

  it("rolls back by publishing the old graph as a new version and making it the draft", async () => {
    const wf = await twoVersions();
    const before = await owner.workflows.get({ id: wf.id });
    expect(before.draftRevision).toBe(3);

    expect(await owner.workflows.rollback({ id: wf.id, version: 1 })).toEqual({ version: 3 });
    expect(await owner.workflows.version({ id: wf.id, version: 3 })).toEqual(v1());
    expect(await owner.workflows.version({ id: wf.id, version: 2 })).toEqual(v2());
    const after = await owner.workflows.get({ id: wf.id });
    expect(after).toMatchObject({ draft: v1(), draftRevision: 4, publishedVersion: 3 });
    expect((await owner.workflows.diff({ id: wf.id, from: 1, to: "draft" })).behaviourChanged).toBe(false);
    expect((await owner.workflows.versions({ id: wf.id })).map((v) => [v.number, v.note])).toEqual([
      [3, "Rollback to version 1"],
      [2, "Enrich first"],
      [1, null],
    ]);

    // A save based on the draft from before the rollback is now stale.
    expect((await trpcError(owner.workflows.saveDraft({ id: wf.id, baseRevision: 3, graph: v2() }))).code).toBe(
      "CONFLICT",
    );
    expect(await owner.workflows.rollback({ id: wf.id, version: 2, note: "Enrich again" })).toEqual({ version: 4 });
    expect((await owner.workflows.versions({ id: wf.id }))[0]).toMatchObject({ number: 4, note: "Enrich again" });
    expect((await trpcError(owner.workflows.rollback({ id: wf.id, version: 7 }))).code).toBe("NOT_FOUND");

    const events = await auditActions(wf.id);
    expect(events.map((e) => e.action)).toEqual([
      "workflow.create",
      "workflow.publish",
      "workflow.publish",
      "workflow.rollback",
      "workflow.rollback",
    ]);
    expect(events.filter((e) => e.action === "workflow.rollback").map((e) => e.after)).toEqual([
      { from: 1, version: 3 },
      { from: 2, version: 4 },
    ]);
  });
});

describe("workflows: export, import, duplicate, archive", () => {
  it("export and import round-trip the draft as a new workflow", async () => {
    const name = uniqueName("Exported");
    const wf = await owner.workflows.create({ name, description: "Travels well." });
    const g = chain(step("shape", "input.amount"));
    g.variables = { threshold: 10 };
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: g });
    await owner.workflows.publish({ id: wf.id, baseRevision: 2 });

    const file = await owner.workflows.export({ id: wf.id });
    expect(file).toEqual({
      format: "switchboard.workflow",
      formatVersion: 1,
      name,
      description: "Travels well.",
      graph: g,
    });
    // As it would arrive from a file on disk.
    const parsed = JSON.parse(JSON.stringify(file)) as typeof file;

    // The name is taken here, so the import becomes a copy.
    const copy = await owner.workflows.import({ file: parsed });
    expect(copy).toMatchObject({
      name: `${name} (copy)`,
      description: "Travels well.",
      draft: g,
      draftRevision: 1,
      publishedVersion: null,
    });
    expect(copy.id).not.toBe(wf.id);
    expect(copy.webhookPath).not.toBe(wf.webhookPath);
    expect(await owner.workflows.export({ id: copy.id })).toEqual({ ...file, name: `${name} (copy)` });

    const named = await owner.workflows.import({ file: parsed, name: "  Imported by name  " });
    expect(named.name).toBe("Imported by name");
    const taken = await trpcError(owner.workflows.import({ file: parsed, name: name.toLowerCase() }));
    expect(taken.code).toBe("CONFLICT");

    // Into another agency it keeps its name.
    const elsewhere = await ownerCaller(await createAgency()).workflows.import({ file: parsed });
    expect(elsewhere).toMatchObject({ name, draft: g });
    expect((await auditActions(copy.id)).map((e) => e.action)).toEqual(["workflow.create"]);
  });

  it("refuses files that are not Switchboard workflows, from a newer version, or with an invalid graph", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    const file = await owner.workflows.export({ id: wf.id });
    const countBefore = (await owner.workflows.list()).length;
    const refused = async (input: unknown) =>
      inputIssues(await trpcError(owner.workflows.import({ file: input as typeof file })));

    expect(await refused({ ...file, format: "n8n.workflow" })).toEqual([
      'file.format: This is not a Switchboard workflow file (format must be "switchboard.workflow").',
    ]);
    expect(await refused({ ...file, formatVersion: 2 })).toEqual([
      "file.formatVersion: This workflow file is from a newer Switchboard (formatVersion must be 1).",
    ]);
    const twice = chain(step("shape"));
    twice.nodes.push(step("shape", "2"));
    expect(await refused({ ...file, graph: twice })).toEqual([
      'file.graph.nodes.3.id: Two steps have the id "shape"; give each step its own id.',
    ]);
    const [unknownKey] = await refused({ ...file, exportedBy: "someone" });
    expect(unknownKey).toMatch(/^file: .*exportedBy/);
    const [badId] = await refused({ ...file, graph: chain(step("Bad Id")) });
    expect(badId).toMatch(/^file\.graph\.nodes\.1\.id: A step id starts with a lower-case letter/);
    const [noGraph] = await refused({ ...file, graph: undefined });
    expect(noGraph).toMatch(/^file\.graph: /);

    expect((await owner.workflows.list()).length).toBe(countBefore);
  });

  it("duplicates as X (copy), then X (copy 2), with the same draft and no versions", async () => {
    const name = uniqueName("Original");
    const wf = await owner.workflows.create({ name });
    const g = chain(step("shape", "input.amount"));
    await owner.workflows.saveDraft({ id: wf.id, baseRevision: 1, graph: g });
    await owner.workflows.publish({ id: wf.id, baseRevision: 2 });

    const first = await owner.workflows.duplicate({ id: wf.id });
    expect(first).toMatchObject({ name: `${name} (copy)`, draft: g, draftRevision: 1, publishedVersion: null });
    expect(await owner.workflows.versions({ id: first.id })).toEqual([]);
    const second = await owner.workflows.duplicate({ id: wf.id });
    expect(second.name).toBe(`${name} (copy 2)`);
    expect((await owner.workflows.duplicate({ id: first.id })).name).toBe(`${name} (copy) (copy)`);
    expect((await owner.workflows.get({ id: wf.id })).publishedVersion).toBe(1);
  });

  it("archive hides a workflow from the list and from every procedure", async () => {
    const wf = await owner.workflows.create({ name: uniqueName() });
    await owner.workflows.publish({ id: wf.id, baseRevision: 1 });
    expect(await owner.workflows.archive({ id: wf.id })).toEqual({ id: wf.id });

    expect((await owner.workflows.list()).map((w) => w.id)).not.toContain(wf.id);
    const id = wf.id;
    const calls: Record<string, () => Promise<unknown>> = {
      get: () => owner.workflows.get({ id }),
      update: () => owner.workflows.update({ id, name: uniqueName() }),
      saveDraft: () => owner.workflows.saveDraft({ id, baseRevision: 1, graph: starterGraph() }),
      publish: () => owner.workflows.publish({ id, baseRevision: 1 }),
      versions: () => owner.workflows.versions({ id }),
      version: () => owner.workflows.version({ id, version: 1 }),
      diff: () => owner.workflows.diff({ id, from: 1, to: "draft" }),
      rollback: () => owner.workflows.rollback({ id, version: 1 }),
      export: () => owner.workflows.export({ id }),
      duplicate: () => owner.workflows.duplicate({ id }),
      archive: () => owner.workflows.archive({ id }),
    };
    expect(await outcomes(calls)).toEqual(every(calls, "NOT_FOUND"));
    expect((await auditActions(id)).map((e) => e.action)).toEqual([
      "workflow.create",
      "workflow.publish",
      "workflow.archive",
    ]);
    const [row] = await adminSql<{ published_version: number; draft_revision: number }>(
      "SELECT published_version, draft_revision FROM workflows WHERE id = $1",
      [id],
    );
    expect(row).toEqual({ published_version: 1, draft_revision: 1 });
  });

  it("an archived workflow keeps its name: a new one by that name is refused, copies skip it", async () => {
    const name = uniqueName("Retired");
    const wf = await owner.workflows.create({ name });
    const file = await owner.workflows.export({ id: wf.id });
    const copy = await owner.workflows.duplicate({ id: wf.id });
    await owner.workflows.archive({ id: copy.id });
    expect((await owner.workflows.duplicate({ id: wf.id })).name).toBe(`${name} (copy 2)`);

    await owner.workflows.archive({ id: wf.id });
    expect(await trpcError(owner.workflows.create({ name: name.toLowerCase() }))).toMatchObject({
      code: "CONFLICT",
      message: `A workflow named "${name.toLowerCase()}" already exists. Pick another name.`,
    });
    expect((await owner.workflows.import({ file })).name).toBe(`${name} (copy 3)`);
  });
});

describe("workflows: roles", () => {
  let wf: { id: string };
  let viewer: TestMember;
  let member: TestMember;
  let manager: TestMember;

  beforeAll(async () => {
    wf = await owner.workflows.create({ name: uniqueName() });
    await owner.workflows.publish({ id: wf.id, baseRevision: 1 });
    [viewer, member, manager] = [
      await addMember(agency, "viewer"),
      await addMember(agency, "member"),
      await addMember(agency, "manager"),
    ];
  });

  it("viewers read everything and change nothing", async () => {
    const asViewer = callerFor(viewer, agency.organizationId);
    expect((await asViewer.workflows.list()).map((w) => w.id)).toContain(wf.id);
    // Everything but the webhook address, whose secret would let them start runs.
    expect(await asViewer.workflows.get({ id: wf.id })).toMatchObject({ id: wf.id, webhookPath: null });
    expect((await callerFor(member, agency.organizationId).workflows.get({ id: wf.id })).webhookPath).toMatch(
      /^\/api\/hooks\//,
    );
    expect(await asViewer.workflows.versions({ id: wf.id })).toHaveLength(1);
    expect(await asViewer.workflows.version({ id: wf.id, version: 1 })).toEqual(starterGraph());
    expect((await asViewer.workflows.diff({ id: wf.id, from: 1, to: "draft" })).behaviourChanged).toBe(false);
    const file = await asViewer.workflows.export({ id: wf.id });

    const id = wf.id;
    const refused: Record<string, () => Promise<unknown>> = {
      create: () => asViewer.workflows.create({ name: uniqueName() }),
      update: () => asViewer.workflows.update({ id, name: uniqueName() }),
      saveDraft: () => asViewer.workflows.saveDraft({ id, baseRevision: 1, graph: chain(step("x")) }),
      publish: () => asViewer.workflows.publish({ id, baseRevision: 1 }),
      rollback: () => asViewer.workflows.rollback({ id, version: 1 }),
      import: () => asViewer.workflows.import({ file }),
      duplicate: () => asViewer.workflows.duplicate({ id }),
      archive: () => asViewer.workflows.archive({ id }),
    };
    expect(await outcomes(refused)).toEqual(every(refused, "FORBIDDEN"));
    expect(await owner.workflows.get({ id })).toMatchObject({ draftRevision: 1, publishedVersion: 1 });
  });

  it("members edit drafts but neither publish, roll back nor archive", async () => {
    const asMember = callerFor(member, agency.organizationId);
    const own = await asMember.workflows.create({ name: uniqueName() });
    await asMember.workflows.update({ id: own.id, name: uniqueName() });
    expect(
      (await asMember.workflows.saveDraft({ id: own.id, baseRevision: 1, graph: chain(step("x")) })).revision,
    ).toBe(2);
    await asMember.workflows.duplicate({ id: own.id });
    await asMember.workflows.import({ file: await asMember.workflows.export({ id: own.id }) });

    const refused: Record<string, () => Promise<unknown>> = {
      publish: () => asMember.workflows.publish({ id: own.id, baseRevision: 2 }),
      rollback: () => asMember.workflows.rollback({ id: wf.id, version: 1 }),
      archive: () => asMember.workflows.archive({ id: own.id }),
    };
    expect(await outcomes(refused)).toEqual(every(refused, "FORBIDDEN"));
    expect(await asMember.workflows.versions({ id: own.id })).toEqual([]);
  });

  it("managers publish, roll back and archive", async () => {
    const asManager = callerFor(manager, agency.organizationId);
    const own = await asManager.workflows.create({ name: uniqueName() });
    expect(await asManager.workflows.publish({ id: own.id, baseRevision: 1 })).toEqual({ version: 1 });
    expect(await asManager.workflows.rollback({ id: own.id, version: 1 })).toEqual({ version: 2 });
    expect(await asManager.workflows.archive({ id: own.id })).toEqual({ id: own.id });
  });
});

describe("workflows: other agencies", () => {
  it("see none of this agency's workflows: every procedure answers NOT_FOUND", async () => {
    const wf = await owner.workflows.create({ name: uniqueName(), description: "Ours." });
    await owner.workflows.publish({ id: wf.id, baseRevision: 1 });
    const file = await owner.workflows.export({ id: wf.id });
    // A finished run of ours, for the run procedures.
    const runId = `run${unique()}${unique()}`;
    await adminSql(
      `INSERT INTO workflow_runs (id, organization_id, workflow_id, version_number, trigger, input, status)
       VALUES ($1, $2, $3, 1, 'manual', '{}', 'failed')`,
      [runId, agency.organizationId, wf.id],
    );

    const other = ownerCaller(await createAgency());
    expect(await other.workflows.list()).toEqual([]);
    expect((await other.workflows.runs({ workflowId: wf.id })).runs).toEqual([]);
    expect((await other.workflows.runs({})).runs).toEqual([]);

    const id = wf.id;
    const calls: Record<string, () => Promise<unknown>> = {
      get: () => other.workflows.get({ id }),
      update: () => other.workflows.update({ id, name: uniqueName() }),
      saveDraft: () => other.workflows.saveDraft({ id, baseRevision: 1, graph: chain(step("x")) }),
      publish: () => other.workflows.publish({ id, baseRevision: 1 }),
      versions: () => other.workflows.versions({ id }),
      version: () => other.workflows.version({ id, version: 1 }),
      diff: () => other.workflows.diff({ id, from: 1, to: "draft" }),
      rollback: () => other.workflows.rollback({ id, version: 1 }),
      export: () => other.workflows.export({ id }),
      duplicate: () => other.workflows.duplicate({ id }),
      archive: () => other.workflows.archive({ id }),
      run: () => other.workflows.run({ workflowId: id, input: {} }),
      testRun: () => other.workflows.testRun({ workflowId: id, input: {} }),
      runDetail: () => other.workflows.runDetail({ id: runId }),
      cancel: () => other.workflows.cancel({ id: runId }),
      retry: () => other.workflows.retry({ id: runId }),
      decide: () => other.workflows.decide({ runId, nodeId: "result", approve: true }),
    };
    expect(await outcomes(calls)).toEqual(every(calls, "NOT_FOUND"));
    // Importing our export there makes their own workflow, not access to ours.
    const theirs = await other.workflows.import({ file });
    expect(theirs.id).not.toBe(wf.id);

    // Nothing of ours moved.
    expect(await owner.workflows.get({ id })).toMatchObject({
      name: wf.name,
      description: "Ours.",
      draftRevision: 1,
      publishedVersion: 1,
      draft: starterGraph(),
    });
    expect((await owner.workflows.versions({ id })).map((v) => v.number)).toEqual([1]);
    expect((await owner.workflows.runDetail({ id: runId })).status).toBe("failed");
    expect((await auditActions(id)).map((e) => e.action)).toEqual(["workflow.create", "workflow.publish"]);
  });
});
