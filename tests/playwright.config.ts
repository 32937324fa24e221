import { defineConfig, devices } from "@playwright/test"

/**
 * Journeys in Debian's Chromium against the running, built Tadamon (`npm test` starts it and
 * sets STOREFRONT_URL and CHROMIUM_PATH). Playwright's own browser download cannot work here.
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./.artifacts/test-results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "mobile-chromium",
      use: { ...devices["Pixel 7"], browserName: "chromium", channel: undefined },
    },
  ],
})
