import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const SPEED = /phone-speed\.spec\.ts$/;

export default defineConfig({
  testDir: "__tests__/e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    locale: "vi-VN",
    launchOptions: chromium,
    trace: "retain-on-failure",
    // No colour fades: a sentence's background is read the moment it changes, not mid-transition.
    contextOptions: { reducedMotion: "reduce" },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testIgnore: SPEED },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, testIgnore: SPEED },
    // The throttled school-phone timings run last, alone, so no other test shares the CPU.
    { name: "phone-speed", use: { ...devices["Pixel 7"], launchOptions: chromium }, testMatch: SPEED, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    // `npm start` migrates and seeds this database first (prestart).
    command: `npm start -- -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/api/health`,
    // Every e2e sign-up comes from 127.0.0.1: the per-address limit is raised here (the limits
    // themselves are tested in __tests__/integration/learners/auth-actions.test.ts).
    env: { DATABASE_URL: "file:./data/e2e.db", SITE_URL: BASE_URL, NEXT_TELEMETRY_DISABLED: "1", AUTH_LIMIT_PER_IP: "1000" },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
