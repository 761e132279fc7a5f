import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { observable } from "@trpc/server/observable";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TRPCProvider } from "@/lib/trpc/react";
import { edge, graph, node } from "@/lib/workflow/fixtures";
import { type TClient } from "@/lib/schemas/clients";
import { NODE_TYPE_NAMES, type NodeType } from "@/lib/workflow/node-types";
import { type AppRouter } from "@/server/api/root";
import { EditorStoreProvider } from "../editor-context";
import { createEditorState } from "../editor-state";
import { createEditorStore } from "../editor-store";
import { defaultConfig } from "../place-node";
import { ConfigForm } from "./config-form";

/** A tRPC client whose requests never answer: the pickers render as loading. */
const trpcClient = createTRPCClient<AppRouter>({ links: [() => () => observable(() => undefined)] });

function render(type: NodeType, config: unknown, seed?: (queryClient: QueryClient) => void): string {
  const store = createEditorStore(
    createEditorState(graph([node("start", "trigger.manual"), node("step", type, config)], [edge("start", "step")])),
  );
  const queryClient = new QueryClient();
  seed?.(queryClient);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <EditorStoreProvider store={store}>
          <ConfigForm
            stepId="step"
            stepLabel="step"
            type={type}
            config={config}
            problems={undefined}
            readOnly={false}
            onChange={() => undefined}
          />
        </EditorStoreProvider>
      </TRPCProvider>
    </QueryClientProvider>,
  );
}

describe("ConfigForm", () => {
  it.each(NODE_TYPE_NAMES)("renders %s, new and empty", (type) => {
    expect(render(type, defaultConfig(type))).toContain("Settings");
    expect(() => render(type, {})).not.toThrow();
  });

  it("shows a value of the wrong shape as JSON instead of dropping it", () => {
    const html = render("llm", { prompt: { not: "text" }, temperature: "hot" });
    expect(html).toContain("does not have the shape");
    expect(html).toContain("&quot;hot&quot;");
  });

  it("shows the next runs of a schedule", () => {
    expect(render("trigger.schedule", { cron: "0 9 * * 1-5", timezone: "Europe/Berlin" })).toContain("Next five runs");
  });

  it("lists the agency's people for an approval's approvers, ticking the chosen ones by user id", () => {
    const seedMembers = (queryClient: QueryClient) => {
      const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
      queryClient.setQueryData(trpc.members.list.queryKey(), [
        {
          id: "m1",
          role: "owner",
          createdAt: new Date(),
          user: { id: "u-ada", name: "Ada Lovelace", email: "a@x.io" },
        },
        { id: "m2", role: "member", createdAt: new Date(), user: { id: "u-bob", name: "Bob Byte", email: "b@x.io" } },
      ]);
    };
    const html = render("approval", { message: "Approve?", approvers: ["u-bob", "u-gone"] }, seedMembers);
    expect(html).toContain("Approvers");
    expect(html).toMatch(/<input type="checkbox"[^>]*\/>Ada Lovelace \(owner\)/);
    expect(html).toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/>Bob Byte \(member\)/);
    expect(html).toMatch(/checked=""[^>]*\/>u-gone \(not a member\)/);
    expect(html).not.toMatch(/checked=""[^>]*\/>Ada Lovelace/);
    // Before the list arrives it says so.
    expect(render("approval", { message: "Approve?" })).toContain("Loading…");
  });

  it("picks a portal form's client by name, keeping a chosen client beyond the list", () => {
    const portalForm = { title: "Brief", fields: [{ key: "goal", label: "Goal", type: "text", required: true }] };
    const client = (id: string, name: string): TClient => ({
      id,
      name,
      website: null,
      industry: null,
      status: "active",
      tags: [],
      notes: null,
      archivedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      brandBannedWords: [],
      brandDisclaimers: [],
      brandToneKeywords: [],
    });
    const seedClients = (chosen: TClient | null) => (queryClient: QueryClient) => {
      const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
      queryClient.setQueryData(trpc.clients.list.queryKey({ limit: 100 }), {
        items: [client("c-acme", "Acme Foods")],
        nextCursor: null,
      });
      if (chosen) queryClient.setQueryData(trpc.clients.get.queryKey({ id: chosen.id }), chosen);
    };
    const listed = render("trigger.portal_form", { ...portalForm, clientId: "c-acme" }, seedClients(null));
    expect(listed).toContain("Every client");
    expect(listed).toMatch(/<option value="c-acme" selected="">Acme Foods<\/option>/);
    const beyond = render(
      "trigger.portal_form",
      { ...portalForm, clientId: "c-old" },
      seedClients(client("c-old", "Old Archive Co")),
    );
    expect(beyond).toMatch(/<option value="c-old" selected="">Old Archive Co<\/option>/);
    expect(beyond).not.toContain("(not found)");
  });

  it("edits a guardrail's checks item by item, each with its kind's own fields", () => {
    const html = render("guardrail", {
      input: "{{ input.text }}",
      checks: [{ kind: "banned_words", words: ["cheap", "free"] }, { kind: "pii_redaction" }],
    });
    expect(html).toContain("Check 1");
    expect(html).toContain("Check 2");
    expect(html).toMatch(/<option value="banned_words" selected="">Banned words<\/option>/);
    expect(html).toMatch(/<option value="pii_redaction" selected="">Personal data<\/option>/);
    expect(html).toContain("cheap\nfree");
    expect(html).not.toContain("does not have the shape");
  });
});
