import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/net/client-address";

const none = parseTrustedProxies("");
const nginx = parseTrustedProxies("127.0.0.1, ::1");
const lan = parseTrustedProxies("10.0.0.0/8 127.0.0.1");

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client wrote", () => {
    expect(resolveClientAddress("198.51.100.7", "203.0.113.1", none)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:198.51.100.7", ["203.0.113.1", "203.0.113.2"], none)).toBe("198.51.100.7");
    expect(resolveClientAddress("198.51.100.7", undefined, nginx)).toBe("198.51.100.7");
  });

  it("is the hop a trusted proxy added, not the ones the client sent before it", () => {
    // The client sent "1.2.3.4" itself; nginx appended the address it saw.
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4, 198.51.100.7", nginx)).toBe("198.51.100.7");
    expect(resolveClientAddress("::1", "198.51.100.7", nginx)).toBe("198.51.100.7");
  });

  it("walks past every trusted proxy in a chain, right to left", () => {
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.1.2.3, 10.9.9.9", lan)).toBe("198.51.100.7");
    // Only trusted hops: the left-most of them is as far as anything can be known.
    expect(resolveClientAddress("127.0.0.1", "10.1.2.3, 10.9.9.9", lan)).toBe("10.1.2.3");
  });

  it("stops at a hop that is not an address, and falls back to the peer without a header", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7, not-an-ip", nginx)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "not-an-ip, 10.1.2.3", lan)).toBe("10.1.2.3");
    expect(resolveClientAddress("127.0.0.1", undefined, nginx)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, "1.2.3.4", nginx)).toBe("unknown");
  });

  it("reads IPv6 ranges and IPv4 seen through an IPv6 socket", () => {
    const v6 = parseTrustedProxies("2001:db8::/32");
    expect(v6.has("2001:DB8:0:1::5")).toBe(true);
    expect(v6.has("2001:db9::5")).toBe(false);
    expect(lan.has("::ffff:10.200.0.1")).toBe(true);
    expect(normalizeAddress(" ::FFFF:10.0.0.1 ")).toBe("10.0.0.1");
  });

  it("refuses a list with an entry that is neither an address nor a range", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.1/8/2", "::1/129", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(bad)).toThrow(`"${bad}"`);
    }
    expect(parseTrustedProxies(" , ").empty).toBe(true);
  });
});
