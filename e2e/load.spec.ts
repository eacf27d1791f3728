/**
 * CI's run of `npm run bench:load`: fewer requests (LOAD_REQUESTS, default 2,000 here)
 * against the production e2e server, after every other spec has finished (see the
 * "load" project in playwright.config.ts). Fails on any socket error, 5xx or
 * unexpected status.
 */
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

test("the load test passes: no errors, no 5xx", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/load.ts"], {
    env: { ...process.env, LOAD_URL: baseURL, LOAD_REQUESTS: process.env.LOAD_REQUESTS ?? "2000", LOAD_CONNECTIONS: process.env.LOAD_CONNECTIONS ?? "50", LOAD_MAX_SECONDS: "240" },
    encoding: "utf8",
    timeout: 290_000,
  });
  console.log(run.stdout);
  expect(run.stderr).not.toMatch(/Error/);
  expect(run.stdout).toMatch(/errors 0, 5xx 0, unexpected statuses 0/);
  expect(run.status).toBe(0);
});
