/**
 * A production server of its own over a copy of a build, for e2e/publish.spec.ts and
 * bench/publish.ts, which write into content/ and public/: the standalone build
 * (NEXT_DIST_DIR, default .next-e2e) with its static assets and public/, and a copy of a
 * content folder, all in a temp dir, so the ISR cache and content they change are theirs
 * alone and the shared e2e server never sees them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, waitForHttp } from "./net";

export interface PublishServer {
  url: string;
  contentDir: string;
  publicDir: string;
  revalidateSecret: string;
  previewSecret: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startPublishServer(options: { distDir?: string; content?: string; env?: Record<string, string> } = {}): Promise<PublishServer> {
  const distDir = options.distDir ?? process.env.NEXT_DIST_DIR ?? ".next-e2e";
  const standalone = path.resolve(distDir, "standalone");
  if (!existsSync(path.join(standalone, "server.js"))) throw new Error(`${distDir}/standalone/server.js not found: build first (npm run e2e:serve builds ${distDir})`);
  const root = mkdtempSync(path.join(tmpdir(), "publish-server-"));
  const app = path.join(root, "app");
  cpSync(standalone, app, { recursive: true });
  cpSync(path.resolve(distDir, "static"), path.join(app, distDir, "static"), { recursive: true });
  const publicDir = path.join(app, "public");
  cpSync(path.resolve("public"), publicDir, { recursive: true });
  const contentDir = path.join(root, "content");
  cpSync(path.resolve(options.content ?? ".e2e-content"), contentDir, { recursive: true });

  const port = await freePort();
  const revalidateSecret = "e2e-revalidate-secret";
  const previewSecret = "e2e-preview-secret";
  let log = "";
  const child: ChildProcess = spawn(process.execPath, [path.join(app, "server.js")], {
    cwd: app,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      CONTENT_DIR: contentDir,
      PUBLIC_DIR: publicDir,
      BUILD_CACHE_DIR: path.join(root, "build-cache"),
      REVALIDATE_SECRET: revalidateSecret,
      PREVIEW_SECRET: previewSecret,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const output = () => log.slice(-4000);
  await waitForHttp(`${url}/healthz/`, 60_000, { child, output });
  return {
    url,
    contentDir,
    publicDir,
    revalidateSecret,
    previewSecret,
    output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
