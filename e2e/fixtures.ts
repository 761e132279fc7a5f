import { randomBytes } from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { SignUpPage } from "./pages/sign-up-page";

/** Everything needed to sign in again as someone the suite created. */
export type Account = {
  name: string;
  email: string;
  password: string;
  agencyName: string;
};

/** Short random text, so runs against one database never collide on emails or agency names. */
export function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

/** A fresh, valid account; `overrides` replace single fields. */
export function newAccount(overrides: Partial<Account> = {}): Account {
  const suffix = uniqueSuffix();
  return {
    name: `Owner ${suffix}`,
    email: `owner-${suffix}@e2e.example.com`,
    password: `correct horse ${suffix}`,
    agencyName: `Agency ${suffix}`,
    ...overrides,
  };
}

/** Signs up through the UI and waits for the dashboard; returns the credentials used. */
export async function signUpThroughUi(page: Page, overrides: Partial<Account> = {}): Promise<Account> {
  const account = newAccount(overrides);
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.submit(account);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: `Welcome to ${account.agencyName}` })).toBeVisible();
  return account;
}

export type SignUpAgency = (page: Page, overrides?: Partial<Account>) => Promise<Account>;

/** A page in a new browser context: its own cookies, i.e. another person. Closed after the test. */
export type NewUserPage = () => Promise<Page>;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** One agency owner per worker, for tests that only need "someone signed in". */
export type SharedOwner = { account: Account; storageState: StorageState };

type TestFixtures = {
  signUpAgency: SignUpAgency;
  newUserPage: NewUserPage;
  /** A page signed in as the worker's shared owner, in its own context. */
  sharedOwnerPage: Page;
};

type WorkerFixtures = {
  /**
   * Every test signs up from one address (the e2e server raises the per-address sign-up
   * limit, but sign-ups still cost a password hash each): tests that need no agency of their
   * own share this one.
   */
  sharedOwner: SharedOwner;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sharedOwner: [
    async ({ browser }, provide, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const account = await signUpThroughUi(await context.newPage());
      const storageState = await context.storageState();
      await context.close();
      await provide({ account, storageState });
    },
    { scope: "worker" },
  ],
  signUpAgency: async ({}, provide) => {
    await provide(signUpThroughUi);
  },
  newUserPage: async ({ browser, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async () => {
      const context = await browser.newContext({ baseURL });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  sharedOwnerPage: async ({ browser, baseURL, sharedOwner }, provide) => {
    const context = await browser.newContext({ baseURL, storageState: sharedOwner.storageState });
    await provide(await context.newPage());
    await context.close();
  },
});

export { expect };

/** tRPC GET URL for a query, with superjson's `{ json: input }` envelope. */
export function trpcQueryUrl(path: string, input: unknown): string {
  return `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The message of a tRPC error response (`{ error: { json: { message } } }` with superjson),
 * or of a route handler's (`{ error: { message } }`); undefined when the body has neither.
 */
export function errorMessage(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const error = isRecord(body.error.json) ? body.error.json : body.error;
  return typeof error.message === "string" ? error.message : undefined;
}
