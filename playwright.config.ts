import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Playwright's own browser when it is installed, else Debian's Chromium. */
function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no bundled browser registered
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: [/dev\.spec\.ts/, /load\.spec\.ts/, /parity\.spec\.ts/, /redis\.spec\.ts/] },
    // Two more servers and a 3 s latency bound: alone, after the production specs. Beside another
    // worker's specs it missed the bound (1 failure in 2 CI runs; 1.2-1.5 s when alone).
    { name: "instances", use: { ...devices["Desktop Chrome"] }, testMatch: /redis\.spec\.ts/, dependencies: ["chromium"] },
    // Its own `next dev`; after the production specs so the two never compete for the CPU.
    { name: "dev", use: { ...devices["Desktop Chrome"] }, testMatch: /dev\.spec\.ts/, dependencies: ["instances"] },
    // Load last: it would slow every other spec down.
    { name: "load", testMatch: /load\.spec\.ts/, dependencies: ["dev"] },
    // Its own Hugo build and next build of e2e/fixtures/hugo-site (~1 min), after the rest so it slows none of them.
    { name: "parity", testMatch: /parity\.spec\.ts/, dependencies: ["load"] },
  ],
  webServer: {
    // A production build (next build + next start) of content/ plus the e2e fixtures.
    command: `npm run e2e:serve -- -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
