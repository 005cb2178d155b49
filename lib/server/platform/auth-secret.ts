import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

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
  if (existsSync(SECRET_FILE)) {
    const stored = readFileSync(SECRET_FILE, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
