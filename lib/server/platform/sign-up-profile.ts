import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// What the app's own sign-up forms decide about a new account (role, time zone), handed to
// better-auth's user-creation hook. The library's HTTP sign-up cannot set these: they are read
// only from this server-side context, so nobody can sign themselves up with a chosen role.

export type SignUpProfile = { role: "learner" | "teacher"; timeZone?: string };

// One store per process, like the auth instance on globalThis: route handlers and server
// actions are bundled apart, and each bundle would otherwise get its own copy of this module.
const globalForProfiles = globalThis as unknown as { songNguSignUpProfiles?: AsyncLocalStorage<SignUpProfile> };
const profiles = (globalForProfiles.songNguSignUpProfiles ??= new AsyncLocalStorage<SignUpProfile>());

/** Runs a sign-up with the given profile applied to the user it creates. */
export function withSignUpProfile<T>(profile: SignUpProfile, signUp: () => Promise<T>): Promise<T> {
  return profiles.run(profile, signUp);
}

/** The profile of the sign-up in progress, if it came from our forms. */
export function currentSignUpProfile(): SignUpProfile | undefined {
  return profiles.getStore();
}
