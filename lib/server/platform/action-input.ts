import "server-only";
import { notFound } from "next/navigation";

/**
 * A server action can be posted by anyone with any arguments, whatever its TypeScript
 * signature says: one that should have been given a form and was not is a request this site
 * never makes, answered 404 (nothing written, nothing in the log but the request).
 */
export function requireForm(form: unknown): asserts form is FormData {
  if (!(form instanceof FormData)) notFound();
}
