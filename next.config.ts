import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// What a page may load: only this site's own files (fonts and scripts are self-hosted), images
// also as data: URLs (the join QR code). Inline scripts stay allowed: Next.js writes its page
// data as inline scripts that differ per page, so a hash cannot name them, and nonces would make
// every cached page dynamic. The rest still holds: no script, frame, plugin, <base> or form
// target from elsewhere. `next dev` also needs eval.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Article pages are cached after their first render. Keep that cache in memory only, so
    // a restart (which re-seeds the content first) never serves a page from the old content.
    isrFlushToDisk: false,
    // The stylesheet (9 KB gzipped, Tailwind's utilities) comes inside the HTML: on a slow
    // phone connection a separate request for it competed with the scripts for the line and
    // held back the first paint and the reader's early controls (npm run bench; the
    // phone-speed e2e check).
    inlineCss: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
