import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

// Redirects "/" (and any path without a locale) to /vi or /en by cookie, then
// Accept-Language, and adds hreflang Link headers.
const localize = createMiddleware(routing);

/** Next.js's default limit for a server action's body (serverActions.bodySizeLimit, "1mb"). */
const ACTION_BODY_LIMIT = 1024 * 1024;

/** Whether a text holds JSON (what React sends a server action's arguments as). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a server-action request is one this site's pages never send, or null: a body over the
 * limit, a content type React does not use, arguments that are not JSON. Next.js would answer
 * each with a 500 and a stack in the log; they are refused here with a 4xx instead.
 */
async function malformedAction(request: NextRequest): Promise<"too-large" | "bad-request" | null> {
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return "too-large";
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("text/plain")) return isJson(await request.clone().text()) ? null : "bad-request";
    if (type.startsWith("multipart/form-data")) {
      // "0" holds the arguments of a call from the page's code; "$ACTION_n:m" those of a form
      // posted before the code loaded.
      const form = await request.clone().formData();
      for (const [name, value] of form) {
        if (/^(0|\$ACTION_\d+:\d+)$/.test(name) && (typeof value !== "string" || !isJson(value))) return "bad-request";
      }
      return null;
    }
    return type.startsWith("application/x-www-form-urlencoded") ? null : "bad-request";
  } catch {
    return "bad-request"; // a multipart body that does not parse
  }
}

export default async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refused = await malformedAction(request);
    if (refused) {
      const errors = (request.nextUrl.pathname.startsWith("/en") ? en : vi).Errors;
      return NextResponse.json({ error: refused, message: errors[refused] }, { status: refused === "too-large" ? 413 : 400, headers: { "Cache-Control": "no-store" } });
    }
  }
  return localize(request);
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
