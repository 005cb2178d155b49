import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { isPostgresUrl, resolveDatabaseUrl } from "@/lib/db/database-url";

/** Where the generated secret is kept when BETTER_AUTH_SECRET is not set (git-ignored). */
export const SECRET_FILE = resolve("data/auth-secret");

/**
 * Resolves the key that signs session cookies: BETTER_AUTH_SECRET when set, otherwise a random key
 * generated once and kept in data/auth-secret, so the two-command quick start needs no
 * configuration and sessions survive restarts.
 */
let remembered: string | null = null;

/** The secret, read (or made) once per process: review questions sign option ids with it on every view. */
export function authSecret(): string {
  remembered ??= resolveAuthSecret();
  return remembered;
}

export function resolveAuthSecret(env: Partial<Record<string, string>> = process.env): string {
  const configured = env.BETTER_AUTH_SECRET?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters long.");
    return configured;
  }
  // On PostgreSQL there may be several app servers: each would make a secret of its own and
  // reject the others' cookies. They must share one, given to all of them.
  if (isPostgresUrl(resolveDatabaseUrl(env))) {
    throw new Error("BETTER_AUTH_SECRET must be set (the same on every app server) when DATABASE_URL is PostgreSQL.");
  }
  if (existsSync(SECRET_FILE)) {
    const stored = readFileSync(SECRET_FILE, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
