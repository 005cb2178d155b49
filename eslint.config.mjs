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
    files: ["lib/content/**", "lib/quiz/**", "lib/align/**", "lib/review/**", "lib/reading/**", "lib/auth/**", "lib/classes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/generated/*", "@/lib/server/*", "@/lib/db/*", "node:*"], message: "lib domain modules stay pure" },
          ],
        },
      ],
    },
  },
];

export default config;
