#!/usr/bin/env node
/**
 * `npm start [-- -p PORT] [-H HOST]`: serves a production build.
 *
 * Runs the standalone server (next.config.ts `output: "standalone"`) when the build
 * has one, after copying the hashed assets and public/ beside it as Next expects;
 * otherwise falls back to `next start`. PORT and HOSTNAME are honoured (flags win).
 *
 * On SIGTERM or SIGINT the server stops accepting connections, finishes requests in
 * flight and this process exits 0, so systemd and rolling restarts see a clean stop.
 * Next's own handler exits 143, which is why the server runs as a child here.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { precompressAssets } from "./precompress-assets.mjs";

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (...names) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
const port = flag("-p", "--port") ?? process.env.PORT ?? "3000";
const hostname = flag("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(root, distDir, "standalone");
const serverJs = path.join(standalone, "server.js");
const graceMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);

const env = {
  ...process.env,
  PORT: port,
  HOSTNAME: hostname,
  NODE_ENV: "production",
  // The standalone server runs from its own folder; keep content lookups pointing here.
  CONTENT_DIR: process.env.CONTENT_DIR ?? path.join(root, "content"),
  PUBLIC_DIR: process.env.PUBLIC_DIR ?? path.join(root, "public"),
  // The build's compiled posts (lib/render/build-cache.ts): a page rendered on its first
  // request (the long tail the build did not prerender) reuses them instead of compiling again.
  BUILD_CACHE_DIR: process.env.BUILD_CACHE_DIR ?? path.join(root, distDir, "cache"),
};

// TRACE is answered 405 before Next sees it (undici cannot build a web Request for it); a 404
// or redirect rendered on request is mended where Next 16 gets it wrong (next-answer-fixes.cjs);
// a prerendered page's UTF-8 is encoded once, not on every request (body-bytes.cjs); hashed
// assets go out as the Brotli or gzip copies the build wrote (precompressed-assets.cjs).
const preloads = ["body-bytes.cjs", "http-method-guard.cjs", "next-answer-fixes.cjs", "precompressed-assets.cjs"].flatMap((f) => ["--require", path.join(import.meta.dirname, f)]);

// A build made by `next build` alone (not npm run build) has no compressed copies yet. A
// read-only build folder keeps serving: Next then compresses each asset per request.
try {
  precompressAssets(path.join(root, distDir, "static"));
} catch (error) {
  console.warn(`precompress assets: ${error instanceof Error ? error.message : error}; Next compresses the assets on each request instead`);
}

let command;
let commandArgs;
if (existsSync(serverJs)) {
  // Next leaves static assets and public/ out of standalone/: they belong on a CDN or beside it.
  cpSync(path.join(root, distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true, force: true });
  env.STATIC_ASSETS_DIR = path.join(standalone, distDir, "static");
  // Not public/og/: OG cards are a route now, and cards an older checkout wrote there would shadow it.
  const staleCards = path.join(root, "public", "og");
  if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true, force: true, filter: (src) => src !== staleCards });
  rmSync(path.join(standalone, "public", "og"), { recursive: true, force: true });
  command = process.execPath;
  commandArgs = [...preloads, serverJs];
} else {
  console.warn(`${path.relative(root, serverJs)} not found; falling back to next start`);
  env.STATIC_ASSETS_DIR = path.join(root, distDir, "static");
  command = process.execPath;
  commandArgs = [...preloads, path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port, "-H", hostname];
}

const child = spawn(command, commandArgs, { env, stdio: "inherit" });
let stopping = false;

function stop(signal) {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
  setTimeout(() => {
    console.error(`server did not stop within ${graceMs} ms; killing it`);
    child.kill("SIGKILL");
  }, graceMs).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));

child.on("exit", (code, signal) => {
  if (stopping) process.exit(code === 143 || code === 130 || code === 0 || signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1);
  process.exit(code ?? 1);
});
