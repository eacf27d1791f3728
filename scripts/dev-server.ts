/**
 * Starts `next dev` on its own port, content folder and dist dir, for the dev-loop
 * e2e spec and bench/dev-edit.ts. Never shares a dist dir with a developer's
 * `npm run dev` or the production e2e build.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, waitForHttp } from "./net";

export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startDevServer(contentDir: string, distDir = ".next-dev-e2e"): Promise<DevServer> {
  const port = await freePort();
  let log = "";
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "dev", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      CONTENT_DIR: contentDir,
      NEXT_DIST_DIR: distDir,
      BUILD_CACHE_DIR: mkdtempSync(path.join(tmpdir(), "dev-build-cache-")),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    // next dev starts workers of its own: end the whole group it leads.
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  try {
    await waitForHttp(`${url}/healthz/`, 120_000, { child, output: () => log });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, output: () => log, stop };
}
