import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

async function jestConfig() {
  const config = await createJestConfig({
    testEnvironment: "node",
    testMatch: ["<rootDir>/__tests__/**/*.test.ts?(x)"],
    moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  })();
  // next-intl and its dependencies, and Prisma's query compiler, ship ESM only.
  config.transformIgnorePatterns = [
    "/node_modules/(?!(next-intl|use-intl|intl-messageformat|icu-minify|@formatjs|@schummar|@prisma/client/runtime|ts-fsrs|better-auth|@better-auth|better-call|jose|@noble|nanostores|defu|rou3|kysely|uncrypto|@standard-schema|zod)/)",
  ];
  return config;
}

export default jestConfig;
