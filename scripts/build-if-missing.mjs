// Part of `npm start`: builds the app when there is no production build yet, so a fresh
// clone serves with `npm ci && npm start`. An existing build is used as is — run
// `npm run build` after changing the code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build found: running `next build` first.");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  process.exit(result.status ?? 1);
}
