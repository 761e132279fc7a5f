import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from "./config";
import { OWNER } from "./fixture";
import { INIT_SCRIPT } from "./page-probe";

export type BenchBrowser = { browser: Browser; context: BrowserContext; version: string };

/**
 * Headless Chromium with one context at the bench's window size, the page probe installed in
 * every page, and the agency's owner signed in through the sign-in form, as a person would.
 */
export async function openSignedInBrowser(baseUrl: string): Promise<BenchBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(OWNER.email);
    await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/dashboard$/, { timeout: 60_000 });
    await page.close();
    return { browser, context, version: browser.version() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
