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
  // On PostgreSQL (npm run test:postgres) the integration suites run against it; the one about
  // SQLite's own files (read-only and full disks) has nothing to test there.
  if (/^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "")) {
    config.testMatch = ["<rootDir>/__tests__/integration/**/*.test.ts?(x)"];
    config.testPathIgnorePatterns = [...(config.testPathIgnorePatterns ?? []), "/__tests__/integration/platform/storage-failures\\.test\\.ts$"];
  }
  return config;
}

export default jestConfig;
