// Which network address a request comes from, decided once where the socket is known
// (scripts/serve.ts) and handed to the app in one header that the server always overwrites.
//
// Anyone can send X-Forwarded-For, so its hops count only when the connection comes from a
// proxy the operator listed in TRUSTED_PROXIES: then the chain is read right to left, past
// the listed proxies, and the first address they did not add themselves is the client's.
import { BlockList, isIP } from "node:net";

/** The request header that carries the resolved client address to the app and to better-auth. */
export const CLIENT_ADDRESS_HEADER = "x-songngu-client";

export type TrustedProxies = { has: (address: string) => boolean; empty: boolean };

/** "::ffff:10.0.0.1" (IPv4 seen through an IPv6 socket) is 10.0.0.1; anything else as given. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed.toLowerCase();
}

const familyOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * Parses TRUSTED_PROXIES: addresses or CIDR ranges separated by commas or spaces
 * ("127.0.0.1, 10.0.0.0/8, ::1"). Throws on an entry that is neither, so a typo stops the
 * server at start instead of silently trusting nobody (or everybody).
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (spec ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [base = "", bits, extra] = entry.split("/");
    const address = normalizeAddress(base);
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    const valid = family !== 0 && extra === undefined && Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === 6 ? 128 : 32);
    if (!valid) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range`);
    list.addSubnet(address, prefix, familyOf(address));
  }
  return {
    empty: entries.length === 0,
    has: (address) => {
      const normalized = normalizeAddress(address);
      return isIP(normalized) !== 0 && list.check(normalized, familyOf(normalized));
    },
  };
}

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy, in which case
 * the right-most X-Forwarded-For hop that is not itself a trusted proxy. A hop that is not an
 * address ends the walk at the last trusted one (a proxy never writes such a hop).
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const socket = peer ? normalizeAddress(peer) : "unknown";
  if (trusted.empty || !trusted.has(socket)) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalizeAddress).filter(Boolean);
  let client = socket;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!;
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}
