// The one-time code a teacher gives a pupil who forgot their password (pupils have no email).
// Read off the teacher's screen or a slip of paper: the join codes' alphabet without look-alikes,
// eight characters shown in two groups. Pure: randomness is passed in.
import { codeShape, JOIN_CODE_ALPHABET, randomCode } from "@/lib/classes/join-code";

/** 31^8 ≈ 850 billion codes; each is tied to one username and tried a few times at most. */
export const RESET_CODE_LENGTH = 8;

/** How long a code works after the teacher makes it. */
export const RESET_CODE_TTL_MS = 24 * 60 * 60_000;

/** A new code from `randomInt(n)` (uniform in [0, n), e.g. node:crypto's randomInt). */
export function newResetCode(randomInt: (n: number) => number): string {
  return randomCode(randomInt, RESET_CODE_LENGTH);
}

/** How a code is shown: "K7MQ-2XHD". */
export function formatResetCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A typed code as issued (case, spaces and dashes ignored), or null if it cannot be one. */
export function normalizeResetCode(input: string): string | null {
  const code = codeShape(input, RESET_CODE_LENGTH);
  return code && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}
