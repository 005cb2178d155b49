import { defineConfig, devices } from "@playwright/test";
import { CLUSTER_PORT } from "./__tests__/e2e-cluster/ports";

// The multi-server smoke (npm run test:cluster): nginx on CLUSTER_PORT in front of two app
// servers on PostgreSQL, all started by `npm run cluster` in a throwaway folder.
const BASE_URL = `http://127.0.0.1:${CLUSTER_PORT}`;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "__tests__/e2e-cluster",
  forbidOnly: true,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: { ...devices["Desktop Chrome"], baseURL: BASE_URL, locale: "en-US", launchOptions: chromium, trace: "retain-on-failure" },
  webServer: {
    command: `node --import tsx scripts/cluster.mts --servers 2 --port ${CLUSTER_PORT} --pg-port ${CLUSTER_PORT + 100} --folder ${process.env.CLUSTER_FOLDER ?? "data/cluster-test"}`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
