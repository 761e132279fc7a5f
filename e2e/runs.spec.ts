import type { Page } from "@playwright/test";
import { expect, test, trpcQueryUrl, uniqueSuffix } from "./fixtures";
import { ApprovalsPage } from "./pages/approvals-page";
import { RunDetailPage, RunsPage } from "./pages/runs-page";

type TrpcResult<T> = { result: { data: { json: T } } };

/** Calls a tRPC mutation as the signed-in page and returns its output. */
async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.status(), `${path} failed: ${await response.text()}`).toBe(200);
  return ((await response.json()) as TrpcResult<T>).result.data.json;
}

async function query<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.get(trpcQueryUrl(path, input));
  expect(response.status(), `${path} failed: ${await response.text()}`).toBe(200);
  return ((await response.json()) as TrpcResult<T>).result.data.json;
}

const at = (x: number, y = 0) => ({ x, y });

/** Start → client sign-off (approval) → "Published" with the approver's comment, or "Declined". */
function signOffGraph() {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "trigger.manual", name: "Start", position: at(0), config: {} },
      {
        id: "sign_off",
        type: "approval",
        name: "Client sign-off",
        position: at(250),
        config: { message: "Approve the launch copy for {{ input.brief }}?" },
      },
      {
        id: "published",
        type: "output",
        name: "Published",
        position: at(500, -100),
        config: { value: "{{ nodes.sign_off.output.comment }}" },
      },
      { id: "declined", type: "output", name: "Declined", position: at(500, 100), config: { value: "declined" } },
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "out", target: "sign_off", targetHandle: "in" },
      { id: "e2", source: "sign_off", sourceHandle: "approved", target: "published", targetHandle: "in" },
      { id: "e3", source: "sign_off", sourceHandle: "rejected", target: "declined", targetHandle: "in" },
    ],
  };
}

/** Creates and publishes the sign-off workflow, starts a run of it; returns the run's id. */
async function startSignOffRun(page: Page, name: string): Promise<string> {
  const workflow = await mutate<{ id: string; draftRevision: number }>(page, "workflows.create", {
    name,
    description: "Launch copy waits for the client's sign-off.",
    graph: signOffGraph(),
  });
  await mutate(page, "workflows.publish", {
    id: workflow.id,
    baseRevision: workflow.draftRevision,
    note: "First version",
  });
  const run = await mutate<{ id: string }>(page, "workflows.run", {
    workflowId: workflow.id,
    input: { brief: "the spring launch" },
  });
  return run.id;
}

/** Webhook (answers with the output) → double the body's n → output: quick steps only, an instant run. */
function doublerGraph() {
  return {
    version: 1,
    nodes: [
      {
        id: "hook",
        type: "trigger.webhook",
        name: "Webhook",
        position: at(0),
        config: { respond: "with_output", waitSeconds: 10 },
      },
      {
        id: "double",
        type: "transform",
        name: "Double",
        position: at(250),
        config: { expression: "input.body.n * 2" },
      },
      {
        id: "answer",
        type: "output",
        name: "Answer",
        position: at(500),
        config: { value: "{{ 'doubled: ' & $string(nodes.double.output) }}" },
      },
    ],
    edges: [
      { id: "e1", source: "hook", sourceHandle: "out", target: "double", targetHandle: "in" },
      { id: "e2", source: "double", sourceHandle: "out", target: "answer", targetHandle: "in" },
    ],
  };
}

test.describe("runs and approvals", () => {
  test("a run waits for approval, is approved with a comment in the inbox, and shows its trace and history", async ({
    page,
    signUpAgency,
  }) => {
    // An agency of its own: the inbox and the run history hold only this test's run.
    await signUpAgency(page);
    const workflowName = `Launch sign-off ${uniqueSuffix()}`;
    const comment = "Looks great, ship it on Monday.";
    const runId = await startSignOffRun(page, workflowName);

    await test.step("the run reaches the approval step and waits", async () => {
      await expect
        .poll(async () => (await query<{ status: string }>(page, "workflows.runDetail", { id: runId })).status, {
          timeout: 30_000,
        })
        .toBe("waiting");
    });

    await test.step("the inbox shows the approval with its message; approving with a comment removes it", async () => {
      const approvals = new ApprovalsPage(page);
      await approvals.goto();
      const approval = approvals.approval(workflowName);
      await expect(approval).toContainText("Approve the launch copy for the spring launch?");
      await expect(approval).toContainText("No time limit");
      await expect(approval.getByRole("link", { name: `Open run of ${workflowName}` })).toHaveAttribute(
        "href",
        `/runs/${runId}`,
      );
      await page.screenshot({ path: test.info().outputPath("approvals.png"), fullPage: true });
      await approvals.decide(workflowName, "Approve", comment);
      await expect(approvals.emptyState).toBeVisible();
    });

    await test.step("the run detail follows the run to its end: every step succeeded, the comment in the trace", async () => {
      const detail = new RunDetailPage(page);
      await detail.goto(runId, workflowName);
      await expect(detail.step("Published")).toContainText("Succeeded", { timeout: 30_000 });
      const steps = detail.timeline.getByRole("button");
      await expect(steps).toHaveCount(3);
      for (const name of ["Start", "Client sign-off", "Published"]) {
        await expect(detail.step(name)).toContainText("Succeeded");
      }
      await expect(detail.liveStatus).toHaveCount(0);
      await expect(detail.cancelButton).toHaveCount(0);
      await expect(detail.retryButton).toHaveCount(0);
      await expect(page.getByRole("region", { name: "Waiting for approval" })).toHaveCount(0);

      const trace = await detail.openStep("Client sign-off");
      await expect(trace).toContainText("Approval");
      const output = trace.getByRole("figure", { name: "Output", exact: true });
      await expect(output).toContainText('"decision": "approved"');
      await expect(output).toContainText(`"comment": "${comment}"`);
      await expect(detail.runOutput).toContainText(comment);
      await page.screenshot({ path: test.info().outputPath("run-detail.png"), fullPage: true });
    });

    await test.step("the history filters by status in the URL and links to the run", async () => {
      const runs = new RunsPage(page);
      await runs.goto();
      await expect(runs.rows(workflowName)).toHaveCount(1);

      await runs.filterByStatus("Succeeded");
      await expect(page).toHaveURL(/\/runs\?status=succeeded$/);
      const row = runs.rows(workflowName);
      await expect(row).toHaveCount(1);
      await expect(row).toContainText("Succeeded");
      await expect(row).toContainText("Run by hand");

      // The filter is in the URL: it survives a reload.
      await page.reload();
      await expect(runs.status).toHaveValue("succeeded");
      await expect(runs.rows(workflowName)).toHaveCount(1);

      await runs.filterByStatus("Failed");
      await expect(page).toHaveURL(/\/runs\?status=failed$/);
      await expect(page.getByRole("heading", { name: "No runs match these filters" })).toBeVisible();
      await runs.clearFiltersButton.click();
      await expect(page).toHaveURL(/\/runs$/);

      await runs.rows(workflowName).getByRole("link", { name: workflowName }).click();
      await expect(page).toHaveURL(new RegExp(`/runs/${runId}$`));
      await expect(new RunDetailPage(page).heading(workflowName)).toBeVisible();
    });
  });
  test("a webhook of quick steps answers with its output, and its run shows every step like any other", async ({
    sharedOwnerPage: page,
    request,
  }) => {
    const workflowName = `Doubler ${uniqueSuffix()}`;
    const workflow = await mutate<{ id: string; draftRevision: number; webhookPath: string }>(
      page,
      "workflows.create",
      { name: workflowName, graph: doublerGraph() },
    );
    await mutate(page, "workflows.publish", { id: workflow.id, baseRevision: workflow.draftRevision });

    const runId = await test.step("the webhook answers 200 with the output, sent by another app", async () => {
      // A caller with no session (Playwright's own request context): the address's secret is its only key.
      const response = await request.post(workflow.webhookPath, { data: { n: 21 } });
      expect(response.status(), await response.text()).toBe(200);
      const answer = (await response.json()) as { runId: string; status: string; output: unknown };
      expect(answer).toMatchObject({ status: "succeeded", output: "doubled: 42" });
      return answer.runId;
    });

    await test.step("the run's page shows its three steps succeeded, the input and the output", async () => {
      const detail = new RunDetailPage(page);
      await detail.goto(runId, workflowName);
      await expect(detail.timeline.getByRole("button")).toHaveCount(3);
      for (const name of ["Webhook", "Double", "Answer"]) await expect(detail.step(name)).toContainText("Succeeded");
      const trace = await detail.openStep("Double");
      await expect(trace.getByRole("figure", { name: "Output", exact: true })).toContainText("42");
      await expect(detail.runOutput).toContainText("doubled: 42");
    });
  });
});
