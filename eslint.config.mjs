import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [".next/**", "generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".scratch/**"],
  },
  {
    // The domain is pure: plain data in, plain data out (HOUSE-STYLE habit 2).
    files: ["lib/content/**", "lib/quiz/**", "lib/validation/**", "lib/align/**", "lib/review/**", "lib/reading/**", "lib/auth/**", "lib/classes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "server-only", "@prisma/*", "@/generated/*", "@/lib/server/*", "@/lib/db/*", "node:*"], message: "lib domain modules stay pure" },
          ],
        },
      ],
    },
  },
  // The server's wings: arrows point down only (teaching → learning → platform), so each wing
  // can be read, tested and changed without the ones above it.
  wing("lib/server/platform/**", ["learning", "teaching", "authoring"], "platform code serves every wing and imports none of them"),
  wing("lib/server/learning/**", ["teaching", "authoring"], "the learning wing must not depend on the teaching or authoring wings"),
  wing("lib/server/authoring/**", ["teaching"], "the authoring wing stands beside teaching, not on it"),
  {
    // Pages, actions and routes reach the database only through lib/server's services.
    files: ["app/**", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "@/generated/*", "@/lib/db/*", "@/lib/server/platform/db"], message: "app/ calls lib/server services; only they touch the database" },
          ],
        },
      ],
    },
  },
];

/** A no-restricted-imports rule keeping the files of one wing from importing the given wings. */
function wing(files, forbidden, message) {
  const group = forbidden.flatMap((name) => [`@/lib/server/${name}/*`, `../${name}/*`, `**/lib/server/${name}/*`]);
  return { files: [files], rules: { "no-restricted-imports": ["error", { patterns: [{ group, message }] }] } };
}

export default config;
