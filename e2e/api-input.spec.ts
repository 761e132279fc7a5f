import { errorMessage, expect, test, trpcQueryUrl } from "./fixtures";

const CREATE = "/api/trpc/clients.create";

test.describe("API input", () => {
  test("bad client input answers 400 with a message, never 500", async ({ sharedOwnerPage: page }) => {
    const badBodies: { case: string; data: unknown }[] = [
      { case: "unknown field", data: { json: { name: "x", evil: 1 } } },
      { case: "wrong type", data: { json: { name: 5 } } },
      { case: "10,000-character name", data: { json: { name: "x".repeat(10_000) } } },
    ];
    for (const bad of badBodies) {
      await test.step(`POST clients.create with ${bad.case}`, async () => {
        const response = await page.request.post(CREATE, { data: bad.data });
        expect(response.status()).toBe(400);
        expect(errorMessage(await response.json())).toMatch(/\S/);
      });
    }

    await test.step("POST clients.create with malformed JSON", async () => {
      const response = await page.request.post(CREATE, {
        headers: { "content-type": "application/json" },
        data: '{"json": {"name": "x"',
      });
      expect(response.status()).toBe(400);
      expect(errorMessage(await response.json())).toMatch(/\S/);
    });

    await test.step("GET clients.get with a malformed id", async () => {
      const response = await page.request.get(trpcQueryUrl("clients.get", { id: "../../etc/passwd" }));
      expect(response.status()).toBe(400);
      expect(errorMessage(await response.json())).toContain("id: That id is malformed.");
    });

    // None of the bad calls created anything.
    const list = await page.request.get(trpcQueryUrl("clients.list", { archived: "all" }));
    expect(list.status()).toBe(200);
    const listed = await list.text();
    expect(listed).toContain('"items":');
    expect(listed).not.toContain('"name":"x"');
    expect(listed).not.toContain("x".repeat(161));
  });

  test("a client cannot choose the address audit events record", async ({ sharedOwnerPage: page }) => {
    const forged = "203.0.113.77";
    const name = `Forged address ${Date.now()}`;
    const created = await page.request.post(CREATE, {
      headers: { "x-forwarded-for": forged },
      data: { json: { name } },
    });
    expect(created.status()).toBe(200);
    const audit = await page.request.get(trpcQueryUrl("audit.list", { action: "client.create", limit: 5 }));
    expect(audit.status()).toBe(200);
    const body = (await audit.json()) as {
      result: { data: { json: { items: { ip: string | null; after: unknown }[] } } };
    };
    const event = body.result.data.json.items.find((item) => JSON.stringify(item.after).includes(name));
    expect(event, "the client.create event").toBeDefined();
    expect(event?.ip).not.toBe(forged);
    expect(event?.ip).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
  });

  test("calls without a session answer 401", async ({ request }) => {
    const create = await request.post(CREATE, { data: { json: { name: "x" } } });
    expect(create.status()).toBe(401);
    expect(errorMessage(await create.json())).toBe("Sign in to continue.");

    const list = await request.get(trpcQueryUrl("clients.list", {}));
    expect(list.status()).toBe(401);

    const exported = await request.get("/api/audit/export?format=csv");
    expect(exported.status()).toBe(401);
    expect(errorMessage(await exported.json())).toBe("Sign in to continue.");
  });

  test("health answers ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  test("audit export checks the format and exports CSV", async ({ sharedOwnerPage: page, sharedOwner }) => {
    const owner = sharedOwner.account;

    const xml = await page.request.get("/api/audit/export?format=xml");
    expect(xml.status()).toBe(400);
    expect(errorMessage(await xml.json())).toMatch(/^format: /);

    const csv = await page.request.get("/api/audit/export?format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    const [header, ...rows] = (await csv.text()).trim().split(/\r?\n/);
    expect(header).toMatch(/^seq,/);
    expect(rows.join("\n")).toContain("organization.create");
    expect(rows.join("\n")).toContain(owner.email);
  });
});
