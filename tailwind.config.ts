import type { Config } from "tailwindcss";

/**
 * Tailwind 4 is configured CSS-first in app/globals.css (theme tokens live
 * there). This file is loaded from that stylesheet via `@config` and only adds
 * the source globs and the class-based dark mode.
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx,mdx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  darkMode: "class",
};

export default config;
