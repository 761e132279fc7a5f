import { DEFAULT_AGENT_TEMPLATES } from "@/lib/agents/templates";
import { afterAll, describe, expect, it } from "vitest";
import {
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  failure,
  PASSWORD,
  trpcError,
  unique,
  uniqueEmail,
} from "@/test/factories";
import { AppError } from "../../errors";
import { authenticate } from "./authenticate";
import { SIGN_IN_LIMITS } from "./rate-limit";

afterAll(closeConnections);

/** Each test signs in or up from its own address, so rate limits never leak between tests. */
let ipCounter = 0;
const freshIp = () => `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
const visitor = (ip = freshIp()) => callerFor(null, null, { meta: { ip, userAgent: "vitest" } });

async function appError(call: Promise<unknown>): Promise<AppError> {
  const error = await failure(call);
  if (!(error instanceof AppError)) throw error;
  return error;
}

describe("sign-up", () => {
  it("creates the user, the agency, the owner membership and their audit events", async () => {
    const email = uniqueEmail("founder");
    const agencyName = `Northwind Creative ${unique()}`;
    const result = await visitor().accounts.signUp({ name: "Olivia", email, password: PASSWORD, agencyName });
    expect(result.email).toBe(email);
    expect(result.slug).toBe(agencyName.toLowerCase().replace(/ /g, "-"));

    const users = await adminSql<{ id: string; name: string; password_hash: string }>(
      "SELECT id, name, password_hash FROM users WHERE email = $1",
      [email],
    );
    expect(users).toHaveLength(1);
    const user = users[0]!;
    expect(user.name).toBe("Olivia");
    // node-argon2 writes the PHC parameters in alphabetical order (m, p, t): compare them as a set.
    const [, algorithm, version, params] = user.password_hash.split("$");
    expect([algorithm, version]).toEqual(["argon2id", "v=19"]);
    expect(Object.fromEntries((params ?? "").split(",").map((kv) => kv.split("=")))).toEqual({
      m: "19456",
      t: "2",
      p: "1",
    });
    expect(user.password_hash).not.toContain(PASSWORD);

    const orgs = await adminSql<{ id: string; name: string }>("SELECT id, name FROM organizations WHERE slug = $1", [
      result.slug,
    ]);
    expect(orgs).toEqual([{ id: expect.any(String), name: agencyName }]);
    const orgId = orgs[0]!.id;
    const memberships = await adminSql<{ user_id: string; role: string }>(
      "SELECT user_id, role::text AS role FROM memberships WHERE organization_id = $1",
      [orgId],
    );
    expect(memberships).toEqual([{ user_id: user.id, role: "owner" }]);

    const events = await adminSql<{ seq: number; action: string; actor_id: string; before: unknown; after: unknown }>(
      "SELECT seq, action, actor_id, before, after FROM audit_events WHERE organization_id = $1 ORDER BY seq",
      [orgId],
    );
    expect(events.map((e) => [e.seq, e.action, e.actor_id])).toEqual([
      [1, "organization.create", user.id],
      [2, "member.add", user.id],
      // The default agents, one per role.
      ...DEFAULT_AGENT_TEMPLATES.map((_, i) => [3 + i, "agent.create", user.id]),
    ]);
    expect(events[1]?.after).toEqual({ email, role: "owner" });
    const recorded = JSON.stringify(events);
    expect(recorded).not.toContain(PASSWORD);
    expect(recorded).not.toContain(user.password_hash);
  });

  it("gives two agencies with the same name different slugs", async () => {
    const agencyName = `Same Name Studio ${unique()}`;
    const first = await visitor().accounts.signUp({ name: "A", email: uniqueEmail(), password: PASSWORD, agencyName });
    const second = await visitor().accounts.signUp({ name: "B", email: uniqueEmail(), password: PASSWORD, agencyName });
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug).toBe(`${first.slug}-2`);
    const rows = await adminSql<{ n: number }>("SELECT count(*)::int AS n FROM organizations WHERE name = $1", [
      agencyName,
    ]);
    expect(rows[0]?.n).toBe(2);
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const email = uniqueEmail("taken");
    await visitor().accounts.signUp({ name: "First", email, password: PASSWORD, agencyName: `First ${unique()}` });
    const error = await trpcError(
      visitor().accounts.signUp({
        name: "Second",
        email: email.toUpperCase(),
        password: PASSWORD,
        agencyName: `Second ${unique()}`,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/already exists/);
    const users = await adminSql("SELECT id FROM users WHERE lower(email) = $1", [email]);
    expect(users).toHaveLength(1);
  });

  it("refuses a password shorter than 12 characters", async () => {
    const error = await trpcError(
      visitor().accounts.signUp({ name: "S", email: uniqueEmail(), password: "short", agencyName: "Short Co" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/at least 12 characters/);
  });

  it("allows 10 sign-ups an hour from one address", async () => {
    const ip = freshIp();
    const signUp = () =>
      visitor(ip).accounts.signUp({ name: "N", email: uniqueEmail(), password: PASSWORD, agencyName: `N ${unique()}` });
    for (let i = 0; i < 10; i += 1) await signUp();
    const error = await trpcError(signUp());
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/too many sign-ups/i);
  });
});

describe("authenticate", () => {
  it("signs in with the right password and refuses a wrong one", async () => {
    const { owner } = await createAgency();
    await expect(authenticate({ email: owner.email, password: owner.password }, freshIp())).resolves.toEqual({
      id: owner.id,
      email: owner.email,
      name: owner.name,
    });
    const wrong = await appError(authenticate({ email: owner.email, password: "not the password!" }, freshIp()));
    expect(wrong.code).toBe("UNAUTHORIZED");
    const unknown = await appError(authenticate({ email: uniqueEmail("nobody"), password: PASSWORD }, freshIp()));
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(unknown.message).toBe(wrong.message);
  });

  it("locks an account after 5 failures, even against the right password", async () => {
    expect(SIGN_IN_LIMITS.perAccount.max).toBe(5);
    const { owner } = await createAgency();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const error = await appError(
        authenticate({ email: owner.email, password: `wrong password ${attempt}` }, freshIp()),
      );
      expect(error.code, `attempt ${attempt}`).toBe("UNAUTHORIZED");
    }
    const locked = await appError(authenticate({ email: owner.email, password: owner.password }, freshIp()));
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.message).toMatch(/try again in \d+ minutes?/i);
    expect(locked.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.details?.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_LIMITS.perAccount.windowSeconds);
  });

  it("holds the account limit under parallel attempts", async () => {
    const { owner } = await createAgency();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) =>
        appError(authenticate({ email: owner.email, password: `parallel guess ${attempt}` }, freshIp())),
      ),
    );
    const codes = results.map((error) => error.code);
    expect(codes.filter((code) => code === "UNAUTHORIZED")).toHaveLength(SIGN_IN_LIMITS.perAccount.max);
    expect(codes.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(30 - SIGN_IN_LIMITS.perAccount.max);
  });

  it("does not spend an address's budget on successful sign-ins", async () => {
    const { owner } = await createAgency();
    const ip = freshIp();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perIp.max + 5; attempt += 1) {
      await expect(authenticate({ email: owner.email, password: owner.password }, ip)).resolves.toMatchObject({
        id: owner.id,
      });
    }
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const { owner } = await createAgency();
    for (let round = 0; round < 2; round += 1) {
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await appError(authenticate({ email: owner.email, password: "wrong password!!" }, freshIp()));
      }
      await expect(authenticate({ email: owner.email, password: owner.password }, freshIp())).resolves.toMatchObject({
        id: owner.id,
      });
    }
  });

  it("blocks an address after 20 failures, for every account", async () => {
    expect(SIGN_IN_LIMITS.perIp.max).toBe(20);
    const ip = freshIp();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const error = await appError(authenticate({ email: uniqueEmail("guess"), password: "guessed password" }, ip));
      expect(error.code).toBe("UNAUTHORIZED");
    }
    const { owner } = await createAgency();
    const blocked = await appError(authenticate({ email: owner.email, password: owner.password }, ip));
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
    expect(blocked.message).toMatch(/this network.*try again/i);
    // The same account from another address is fine: the block is on the address.
    await expect(authenticate({ email: owner.email, password: owner.password }, freshIp())).resolves.toMatchObject({
      id: owner.id,
    });
  });
});
