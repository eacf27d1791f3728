/**
 * The production start script (scripts/start.mjs) on its own port: honours PORT and
 * HOSTNAME, serves the standalone build, and on SIGTERM finishes and exits 0.
 * Reuses the build the e2e web server made (.next-e2e).
 */
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { freePort, waitForHttp } from "../scripts/net";

test("npm start serves on PORT/HOSTNAME and stops cleanly on SIGTERM", async () => {
  test.setTimeout(60_000);
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e", CONTENT_DIR: `${process.cwd()}/.e2e-content` },
    stdio: "pipe",
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz/`, 30_000);
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("最新文章");

    // A request in flight when the signal arrives is still answered.
    const inFlight = fetch(`http://127.0.0.1:${port}/posts/page/2/`);
    const sentAt = Date.now();
    child.kill("SIGTERM");
    expect((await inFlight).status).toBe(200);
    expect(await exited).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(5_000);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  expect(output).not.toMatch(/Error|ECONNRESET/);
});
