/**
 * Starts `next dev` on its own port, content folder and dist dir, for the dev-loop
 * e2e spec and bench/dev-edit.ts. Never shares a dist dir with a developer's
 * `npm run dev` or the production e2e build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, ms: number, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next dev exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} not up within ${ms} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
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
      MDX_CACHE_DIR: mkdtempSync(path.join(tmpdir(), "dev-mdx-cache-")),
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
    await waitForHealth(`${url}/healthz/`, 120_000, child, () => log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, output: () => log, stop };
}
