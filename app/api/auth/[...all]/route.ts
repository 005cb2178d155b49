import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/server/platform/auth";

// better-auth's own endpoints (sign-in, sign-up, session, sign-out…), rate-limited by it.
export async function GET(request: Request) {
  return toNextJsHandler(auth()).GET(request);
}
export async function POST(request: Request) {
  return toNextJsHandler(auth()).POST(request);
}
