// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the same models, for
// PostgreSQL, with its client generated into generated/prisma-pg. The data model has one
// source (prisma/schema.prisma); this file is derived from it on every install and generate
// (git-ignored), and `npm run db:check-schemas` fails when the PostgreSQL migrations lag.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const swaps = [
  [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
  [/output\s*=\s*"\.\.\/generated\/prisma"/, 'output       = "../../generated/prisma-pg"'],
];
let derived = source;
for (const [pattern, replacement] of swaps) {
  if (!pattern.test(derived)) throw new Error(`prisma/schema.prisma: ${pattern} not found`);
  derived = derived.replace(pattern, replacement);
}
mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync(
  "prisma/postgresql/schema.prisma",
  `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: do not edit.\n${derived}`,
);
