import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

async function jestConfig() {
  const config = await createJestConfig({
    testEnvironment: "node",
    testMatch: ["<rootDir>/__tests__/**/*.test.ts?(x)"],
    moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
    // Integration suites migrate and seed a real SQLite file in beforeAll; on two busy cores
    // that can take longer than jest's 5 s default (seen in CI), which is no test failure.
    testTimeout: 30_000,
  })();
  // next-intl and its dependencies, and Prisma's query compiler, ship ESM only.
  config.transformIgnorePatterns = [
    "/node_modules/(?!(next-intl|use-intl|intl-messageformat|icu-minify|@formatjs|@schummar|@prisma/client/runtime|ts-fsrs|better-auth|@better-auth|better-call|jose|@noble|nanostores|defu|rou3|kysely|uncrypto|@standard-schema|zod)/)",
  ];
  return config;
}

export default jestConfig;
