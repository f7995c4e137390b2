import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN } from "./tests/e2e/auth-users.ts";

/**
 * Browser tests run Debian's chromium (Playwright cannot download its own browser offline); CHROMIUM_PATH overrides
 * it, and on a machine with neither, Playwright's managed browser is the fallback.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Specs share one database and some change claim statuses: run them one at a time, in file order.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
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
    },
  },
  // Screenshots for docs/screenshots/ are not a test: they run only on demand (`npm run screenshots`).
  // Every page needs a signed-in user (issue 5): the setup project signs in the env-created admin, creates one user
  // per role through /admin/users and saves each session; the other specs start as the editor.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    ...(process.env.SCREENSHOTS
      ? [
          {
            name: "screenshots",
            testMatch: /screenshots\.spec\.ts/,
            use: { storageState: "tmp/e2e-auth/editor.json" },
            dependencies: ["setup"],
          },
        ]
      : [
          {
            name: "chromium",
            use: { ...devices["Desktop Chrome"], storageState: "tmp/e2e-auth/editor.json" },
            testIgnore: /screenshots\.spec\.ts/,
            dependencies: ["setup"],
          },
        ]),
  ],
  webServer: {
    // Its own database, so the tests never touch the development data.
    command: `npm run db:prepare && npm run build && npm run serve -- -p ${port}`,
    // The first admin of the test database comes from the environment, as on a real install (README).
    env: {
      DATABASE_URL: "file:./data/e2e.db",
      NEXT_TELEMETRY_DISABLED: "1",
      CLAIMTRACK_ADMIN_EMAIL: E2E_ADMIN.email,
      CLAIMTRACK_ADMIN_PASSWORD: E2E_ADMIN.password,
      BETTER_AUTH_URL: baseURL,
    },
    url: `${baseURL}/claims`,
    // next build alone took 7 minutes on this 2-core machine under load; on a quiet one it takes about 30 s.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
