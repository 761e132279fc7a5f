import { existsSync } from "node:fs";

/** Fail early, and say how to fix it, when no Chromium can be found. */
export default function globalSetup() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  if (candidates.some((path) => existsSync(path as string))) return;
  const playwrightHome = process.env.PLAYWRIGHT_BROWSERS_PATH ?? `${process.env.HOME}/.cache/ms-playwright`;
  if (existsSync(playwrightHome)) return;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package (apt-get install -y chromium), " +
      "set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium` where downloads are allowed.",
  );
}
