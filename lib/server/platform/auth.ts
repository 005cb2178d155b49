import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { anonymous, username } from "better-auth/plugins";
import { DisplayName } from "@/lib/auth/credentials";
import { isPostgresUrl, resolveDatabaseUrl } from "@/lib/db/database-url";
import { env } from "@/lib/env";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/time-zone";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { authSecret } from "./auth-secret";
import { db } from "./db";
import { mergeGuestInto } from "./guest-merge";
import { forgetSession } from "./session-memo";
import { currentSignUpProfile } from "./sign-up-profile";

/** A name as the sign-up forms take it (visible characters, 1–60), or the library refuses the request. */
function checkedName(name: unknown): string {
  const parsed = DisplayName.safeParse(name);
  if (!parsed.success) throw new APIError("BAD_REQUEST", { message: "name must be 1 to 60 visible characters" });
  return parsed.data;
}

function createAuth() {
  return betterAuth({
    appName: "Song Ngữ",
    baseURL: env.SITE_URL,
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: isPostgresUrl(resolveDatabaseUrl()) ? "postgresql" : "sqlite" }),
    telemetry: { enabled: false },
    // Failed sign-ins are expected in tests; elsewhere the library's warnings go to the log.
    logger: { disabled: process.env.NODE_ENV === "test" },
    // A reset password ends every session of the account (lib/server/platform/password-reset.ts).
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true, revokeSessionsOnPasswordReset: true },
    // The session is also kept, signed, in a short-lived cookie: most requests are then checked
    // without a database read. A session revoked elsewhere stays usable for at most this minute.
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24, cookieCache: { enabled: true, maxAge: 60 } },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "learner", input: false },
        timeZone: { type: "string", required: false, defaultValue: DEFAULT_TIME_ZONE, input: false },
      },
    },
    // Role and time zone are set as the user is created (not updated after), so the session
    // cookie cache written at sign-up already carries them.
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            const named = { ...user, name: checkedName(user.name) };
            const profile = currentSignUpProfile();
            if (!profile) return { data: named };
            return { data: { ...named, role: profile.role, ...(profile.timeZone ? { timeZone: profile.timeZone } : {}) } };
          },
        },
        // The library's own /api/auth/update-user takes any name: the same rules as the forms.
        update: {
          before: async (user) => ({ data: user.name === undefined ? user : { ...user, name: checkedName(user.name) } }),
        },
      },
    },
    advanced: {
      cookiePrefix: "songngu",
      // Secure cookies wherever the site is served over HTTPS (production); HttpOnly and
      // SameSite=Lax are the library's defaults for the session cookie.
      useSecureCookies: env.SITE_URL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The address npm start resolved from the socket and TRUSTED_PROXIES, never a header
      // the client wrote (see lib/net/client-address.ts).
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    // Every way in is the app's own (its forms and actions call the library on the server, with
    // their limits, Origin checks and rules): the library's public routes that would bypass them
    // answer 404. A guest, for one, is created only by lib/server/platform/session.ts.
    disabledPaths: [
      "/sign-in/anonymous",
      "/sign-up/email",
      "/sign-in/email",
      "/sign-in/username",
      "/is-username-available",
      "/update-user",
      "/change-email",
      "/delete-user",
      // Password resets go through the app's pages (a pupil's code is checked against their
      // username there, with limits), never straight to the library.
      "/request-password-reset",
      "/reset-password",
      "/reset-password/:token",
    ],
    // Guards /api/auth/* (the app's own forms are guarded by lib/server/platform/limits.ts).
    rateLimit: { enabled: true, storage: "database", window: 60, max: 100 },
    plugins: [
      username({ minUsernameLength: 3, maxUsernameLength: 30 }),
      anonymous({
        emailDomainName: "guest.placeholder.invalid",
        // A guest who signs up or in keeps everything they did: their rows move to the new
        // account before the library deletes the guest user.
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await mergeGuestInto(db(), anonymousUser.user.id, newUser.user.id);
          forgetSession(anonymousUser.session.token);
        },
      }),
      nextCookies(), // must stay last
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { songNguAuth?: Auth };

/** The process-wide better-auth instance (created on first use, after DATABASE_URL is known). */
export function auth(): Auth {
  globalForAuth.songNguAuth ??= createAuth();
  return globalForAuth.songNguAuth;
}
