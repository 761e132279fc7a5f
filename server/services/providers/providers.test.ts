import { streamText } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { languageModelFor } from "../../ai/language-model";
import { withDb } from "../../db/client";
import { providerConnection } from "./providers";

const KEY = "sk-test-0123456789abcdefWXYZ";

let server: OpenAIServer;
let agency: TestAgency;
let caller: Caller;

beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: KEY, models: ["gpt-test-mini", "gpt-test-large"] });
  agency = await createAgency();
  caller = ownerCaller(agency);
});

afterAll(async () => {
  await server.close();
  await closeConnections();
});

const compatible = (name: string, apiKey?: string) => ({
  name,
  kind: "openai_compatible" as const,
  baseUrl: server.url,
  defaultModel: "gpt-test-mini",
  models: [{ id: "gpt-test-mini", inputPerMillion: 0.15, outputPerMillion: 0.6 }],
  ...(apiKey && { apiKey }),
});

describe("model providers", () => {
  it("store the key sealed, show only a hint, and audit without the key", async () => {
    const provider = await caller.providers.create(compatible("Local test", KEY));
    expect(provider).toMatchObject({ apiKeyHint: "sk-…WXYZ", agentCount: 0, baseUrl: server.url });
    expect(JSON.stringify(await caller.providers.list())).not.toContain(KEY);
    const [row] = await adminSql<{ api_key_ciphertext: string }>(
      "SELECT api_key_ciphertext FROM model_providers WHERE id = $1",
      [provider.id],
    );
    expect(row?.api_key_ciphertext).toMatch(/^v1\./);
    expect(row?.api_key_ciphertext).not.toContain("0123456789");
    const audit = await adminSql("SELECT before, after FROM audit_events WHERE target_id = $1", [provider.id]);
    expect(JSON.stringify(audit)).not.toContain(KEY);
    // The audit redactor hides anything key-like, hints included.
    expect(JSON.stringify(audit)).toContain('"apiKeyHint":"[redacted]"');
  });

  it("test a connection: the models on success, the provider's own error otherwise", async () => {
    const ok = await caller.providers.test({ kind: "openai_compatible", baseUrl: server.url, apiKey: KEY });
    expect(ok).toMatchObject({ ok: true, models: ["gpt-test-large", "gpt-test-mini"] });
    const wrong = await caller.providers.test({
      kind: "openai_compatible",
      baseUrl: server.url,
      apiKey: "sk-wrong-key-000000",
    });
    expect(wrong).toMatchObject({ ok: false, status: 401 });
    expect(wrong.ok ? "" : wrong.error).toMatch(/api key/i);
    const saved = await caller.providers.create(compatible("Saved test", KEY));
    expect(await caller.providers.test({ id: saved.id })).toMatchObject({ ok: true });
    const down = await caller.providers.test({
      kind: "openai_compatible",
      baseUrl: "http://127.0.0.1:9/v1",
      apiKey: KEY,
    });
    expect(down).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/^Could not reach/) });
  });

  it("keep the stored key when an edit leaves it empty, replace or clear it on request", async () => {
    const provider = await caller.providers.create(compatible("Editable", KEY));
    const renamed = await caller.providers.update({ id: provider.id, patch: { name: "Edited" } });
    expect(renamed).toMatchObject({ name: "Edited", apiKeyHint: "sk-…WXYZ" });
    const replaced = await caller.providers.update({
      id: provider.id,
      patch: { apiKey: "sk-another-key-9999ABCD" },
    });
    expect(replaced.apiKeyHint).toBe("sk-…ABCD");
    const cleared = await caller.providers.update({ id: provider.id, patch: { clearApiKey: true } });
    expect(cleared.apiKeyHint).toBeNull();
  });

  it("drive the real AI SDK client with the stored key", async () => {
    const provider = await caller.providers.create(compatible("Streaming", KEY));
    server.script({ kind: "text", text: "Hello from the local server" });
    const connection = await withDb({ organizationId: agency.organizationId }, (db) =>
      providerConnection(
        { db, organizationId: agency.organizationId, actor: { userId: null, label: "t", ip: null, userAgent: null } },
        provider.id,
      ),
    );
    const result = streamText({ model: languageModelFor(connection, "gpt-test-mini"), prompt: "Say hello" });
    expect(await result.text).toBe("Hello from the local server");
    const request = server.requests.at(-1);
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body.model).toBe("gpt-test-mini");
  });

  it("refuse what makes no sense, with the field to fix", async () => {
    const noUrl = await trpcError(caller.providers.create({ ...compatible("No URL"), baseUrl: null }));
    expect(noUrl.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(noUrl.cause ?? noUrl.message)).toMatch(/need their base URL/);
    const badDefault = await trpcError(
      caller.providers.create({ ...compatible("Bad default"), defaultModel: "other" }),
    );
    expect(badDefault.message).toMatch(/default model must be one of the enabled models/);
    await caller.providers.create(compatible("Taken"));
    const taken = await trpcError(caller.providers.create(compatible("taken")));
    expect(taken).toMatchObject({
      code: "CONFLICT",
      message: 'A provider named "taken" already exists. Pick another name.',
    });
  });

  it("are for admins to change and members to see; another agency sees none", async () => {
    const provider = await caller.providers.create(compatible("Private", KEY));
    const member = await addMember(agency, "member");
    const asMember = callerFor(member, agency.organizationId);
    expect((await asMember.providers.list()).map((p) => p.id)).toContain(provider.id);
    expect((await trpcError(asMember.providers.create(compatible("Nope")))).code).toBe("FORBIDDEN");
    expect((await trpcError(asMember.providers.test({ id: provider.id }))).code).toBe("FORBIDDEN");
    const other = ownerCaller(await createAgency());
    expect((await other.providers.list()).map((p) => p.id)).not.toContain(provider.id);
    expect((await trpcError(other.providers.test({ id: provider.id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(other.providers.delete({ id: provider.id }))).code).toBe("NOT_FOUND");
  });

  it("will not open a sealed key moved to another agency's row", async () => {
    const provider = await caller.providers.create(compatible("Sealed", KEY));
    const other = await createAgency();
    const theirs = await ownerCaller(other).providers.create(compatible("Theirs", "sk-their-own-key-1111"));
    await adminSql(
      "UPDATE model_providers SET api_key_ciphertext = (SELECT api_key_ciphertext FROM model_providers WHERE id = $1) WHERE id = $2",
      [provider.id, theirs.id],
    );
    const refused = await trpcError(ownerCaller(other).providers.test({ id: theirs.id }));
    expect(refused).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/Enter the key again/),
    });
  });

  it("delete when unused, audited", async () => {
    const provider = await caller.providers.create(compatible("Short-lived"));
    await caller.providers.delete({ id: provider.id });
    expect((await caller.providers.list()).map((p) => p.id)).not.toContain(provider.id);
    const events = await adminSql<{ action: string }>(
      "SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq",
      [provider.id],
    );
    expect(events.map((e) => e.action)).toEqual(["provider.create", "provider.delete"]);
  });
});
