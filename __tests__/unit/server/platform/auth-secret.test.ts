import { resolveAuthSecret } from "@/lib/server/platform/auth-secret";

const SECRET = "s".repeat(40);

describe("the secret that signs session cookies", () => {
  it("is the configured one when set, and refuses a short one", () => {
    expect(resolveAuthSecret({ BETTER_AUTH_SECRET: SECRET, DATABASE_URL: "file:./data/app.db" })).toBe(SECRET);
    expect(() => resolveAuthSecret({ BETTER_AUTH_SECRET: "short" })).toThrow("at least 32 characters");
  });

  it("must be configured on PostgreSQL, where servers would otherwise each make their own", () => {
    expect(() => resolveAuthSecret({ DATABASE_URL: "postgresql://u@db/song_ngu" })).toThrow(
      "BETTER_AUTH_SECRET must be set (the same on every app server) when DATABASE_URL is PostgreSQL.",
    );
    expect(resolveAuthSecret({ DATABASE_URL: "postgresql://u@db/song_ngu", BETTER_AUTH_SECRET: SECRET })).toBe(SECRET);
  });
});
