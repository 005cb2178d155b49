import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Redirects "/" (and any path without a locale) to /vi or /en by cookie, then
// Accept-Language, and adds hreflang Link headers.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
