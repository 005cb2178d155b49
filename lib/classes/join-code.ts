// Class join codes: short, read aloud or copied from a classroom screen, so no characters that
// look alike (0/O, 1/I/L) and forgiving of how pupils type them. Pure: randomness is passed in.

/** 31 characters: digits 2–9 and capitals without I, L, O. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const JOIN_CODE_LENGTH = 6;

/**
 * A new code from `randomInt(n)` (uniform in [0, n), e.g. node:crypto's randomInt). 31^6 ≈ 887
 * million codes: the database's unique index settles the rare clash by drawing again.
 */
export function newJoinCode(randomInt: (n: number) => number): string {
  return randomCode(randomInt, JOIN_CODE_LENGTH);
}

/** `length` characters of the alphabet, drawn with `randomInt(n)` (also the password reset codes). */
export function randomCode(randomInt: (n: number) => number, length: number): string {
  let code = "";
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** How a code is shown: "K7M-Q2X". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/**
 * A typed code as stored, or null if it cannot be one. Case, spaces, dashes and dots are
 * ignored (pupils copy "k7m-q2x" or "K7M Q2X"); characters we never issue (0, 1, I, L, O) make
 * it invalid rather than being guessed at.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = joinCodeShape(input);
  return code && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}

/**
 * What was typed as a code, upper-cased without separators, when it has a code's shape (six
 * letters and digits, look-alikes such as 0, 1, I, L and O included), or null. "ABC 123" has
 * it: no class has that code, but it was no typing mistake about the format.
 */
export function joinCodeShape(input: string): string | null {
  return codeShape(input, JOIN_CODE_LENGTH);
}

/** A typed code upper-cased without separators when it is `length` letters and digits, else null. */
export function codeShape(input: string, length: number): string | null {
  const code = input.normalize("NFKC").toUpperCase().replace(/[\s\-–—.]/g, "");
  return code.length === length && /^[A-Z0-9]+$/.test(code) ? code : null;
}
