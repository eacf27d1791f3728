/** Page weight (HTML and scripts as Lighthouse counts them), Lighthouse and throughput of running servers. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import autocannon from "autocannon";
import { precompressAssets } from "../scripts/precompress-assets.mjs";
import { run } from "./proc";

const ASSETS_PRELOAD = path.join(import.meta.dirname, "..", "scripts", "precompressed-assets.cjs");

/**
 * `next start` (what the bench compared before there was a standalone server), with the build's
 * assets sent as npm start sends them (Brotli or gzip copies, scripts/precompressed-assets.cjs),
 * so that our pages and the bare Next.js page are served the same way.
 */
export function startNext(dir: string, port: number, env: Record<string, string>): ChildProcess {
  const assets = path.join(dir, env.NEXT_DIST_DIR || ".next", "static");
  precompressAssets(assets);
  return spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, ...env, STATIC_ASSETS_DIR: assets, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(ASSETS_PRELOAD)}`.trim() },
    stdio: "ignore",
    detached: true,
  });
}

/** `npm start` as operators run it: scripts/start.mjs, i.e. the standalone server of the build. */
export function startNpm(dir: string, port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(dir, "scripts", "start.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: "ignore",
    detached: true,
  });
}

/** Ends a server this bench started: its process group when it has one, else the process. */
export function stop(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

/** What Chrome asks for: the encodings decide what a script costs on the wire. */
const BROWSER_HEADERS = {
  "user-agent": "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36",
  accept: "*/*",
  "accept-encoding": "gzip, deflate, br, zstd",
  "accept-language": "zh-TW,zh;q=0.9",
};

export interface Transfer {
  status: number;
  /** Every byte of the response on the wire, as Lighthouse's transferSize counts it: status line, headers, body (chunk framing included). */
  bytes: number;
  headerBytes: number;
  /** The decoded body. */
  body: Buffer;
  encoding: string;
}

/** One GET on a fresh connection, counting the bytes the server sent. */
export function transfer(url: string | URL, headers: Record<string, string> = BROWSER_HEADERS): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let socket: Socket | null = null;
    const req = request(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        // A fresh socket: what it has read is this response, all of it.
        const bytes = socket?.bytesRead ?? 0;
        const raw = res.rawHeaders;
        let headerBytes = `HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
        for (let i = 0; i < raw.length; i += 2) headerBytes += Buffer.byteLength(`${raw[i]}: ${raw[i + 1]}\r\n`);
        agent.destroy();
        const encoding = String(res.headers["content-encoding"] ?? "identity");
        const wire = Buffer.concat(chunks);
        const body = encoding === "gzip" ? gunzipSync(wire) : encoding === "br" ? brotliDecompressSync(wire) : encoding === "deflate" ? inflateSync(wire) : wire;
        resolve({ status: res.statusCode ?? 0, bytes, headerBytes, body, encoding });
      });
      res.on("error", reject);
    });
    req.on("socket", (s) => (socket = s));
    req.on("error", reject);
    req.end();
  });
}

export interface ScriptWeight {
  src: string;
  /** Lighthouse's count: headers and (compressed) body. */
  bytes: number;
  headerBytes: number;
  /** Uncompressed size. */
  raw: number;
  /** From the build's manifest: loaded by every App Router page (Next's runtime) or by our layout and page. */
  role: "framework" | "site";
}

export interface PageWeight {
  status: number;
  /** The document as Lighthouse counts it (headers and gzip body). */
  htmlBytes: number;
  /** The document's body, gzip -6, without headers (the figure this bench printed before). */
  htmlGzip: number;
  /** Sum of `scripts[].bytes`: what Lighthouse reports as script transfer size. */
  jsBytes: number;
  scripts: ScriptWeight[];
}

const gz = (b: Uint8Array) => gzipSync(b).length;

/** Scripts a browser loads for the page: <script src> (but not the noModule polyfills) and script preloads. */
export function pageScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1]);
  const preloads = [...html.matchAll(/<link([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => /\brel="preload"/.test(attrs) && /\bas="script"/.test(attrs))
    .map((attrs) => /\bhref="([^"]+)"/.exec(attrs)?.[1]);
  return [...new Set([...srcs, ...preloads].filter((s): s is string => Boolean(s)))];
}

/** Next's own scripts of a build: `rootMainFiles` of its build manifest. */
export function frameworkFiles(distDir: string): Set<string> {
  const manifest = path.join(distDir, "build-manifest.json");
  if (!existsSync(manifest)) return new Set();
  const files: string[] = JSON.parse(readFileSync(manifest, "utf8")).rootMainFiles ?? [];
  return new Set(files.map((f) => `/_next/${f}`));
}

export async function pageWeight(origin: string, pathname: string, framework: Set<string> = new Set()): Promise<PageWeight> {
  const doc = await transfer(origin + pathname);
  const html = doc.body.toString("utf8");
  const scripts: ScriptWeight[] = [];
  for (const src of pageScripts(html)) {
    const t = await transfer(new URL(src, origin));
    scripts.push({ src, bytes: t.bytes, headerBytes: t.headerBytes, raw: t.body.length, role: framework.has(src) ? "framework" : "site" });
  }
  return {
    status: doc.status,
    htmlBytes: doc.bytes,
    htmlGzip: gz(doc.body),
    jsBytes: scripts.reduce((a, s) => a + s.bytes, 0),
    scripts,
  };
}

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The LCP element (its opening tag) and its phases. */
  lcpElement: string;
  lcpPhases: string;
  /** Script requests as Lighthouse counted them. */
  scripts: { url: string; transferSize: number }[];
  jsBytes: number;
}

/** One Lighthouse run; a run that fails outright (Chrome now and then loses the page) is tried once more. */
export async function lighthouse(url: string): Promise<LighthouseResult | string> {
  const first = await lighthouseOnce(url);
  return typeof first === "string" ? lighthouseOnce(url) : first;
}

/**
 * `runs` Lighthouse runs of one URL and the one with the median performance score
 * (the machine is noisy: a single run says little). `scores` lists every run's.
 */
export async function lighthouseMedian(url: string, runs: number): Promise<{ median: LighthouseResult; scores: number[] } | string> {
  const results: LighthouseResult[] = [];
  let failure = "";
  for (let i = 0; i < runs; i++) {
    const r = await lighthouse(url);
    if (typeof r === "string") failure = r;
    else results.push(r);
  }
  if (results.length === 0) return failure;
  const sorted = [...results].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const mid = <K extends "accessibility" | "bestPractices" | "seo">(k: K) => [...results.map((r) => r[k])].sort((a, b) => a - b)[Math.floor((results.length - 1) / 2)];
  return { median: { ...median, accessibility: mid("accessibility"), bestPractices: mid("bestPractices"), seo: mid("seo") }, scores: results.map((r) => r.performance) };
}

/**
 * Lighthouse 12 through npx from a scratch folder (13 needs Node 22, and 12.x as a
 * devDependency breaks npm ci), mobile, Debian's Chromium.
 */
export const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE_VERSION ?? "12.8";
const scratch = mkdtempSync(path.join(tmpdir(), "lh-"));

async function lighthouseOnce(url: string): Promise<LighthouseResult | string> {
  const out = path.join(mkdtempSync(path.join(scratch, "run-")), "report.json");
  const r = await run(
    "npx",
    [
      "-y",
      `lighthouse@${LIGHTHOUSE}`,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    scratch,
  );
  if (r.code !== 0 || !existsSync(out)) return `lighthouse failed: ${r.output.split("\n").filter((l) => /error|fail/i.test(l)).slice(-2).join(" ") || `exit ${r.code}`}`;
  const report = JSON.parse(readFileSync(out, "utf8"));
  const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
  const audit = (k: string) => report.audits[k];
  const lcpItems = audit("largest-contentful-paint-element")?.details?.items ?? [];
  const node = lcpItems[0]?.items?.[0]?.node;
  const phases = (lcpItems[1]?.items ?? []) as { phase: string; timing: number }[];
  const requests = (audit("network-requests")?.details?.items ?? []) as { url: string; resourceType: string; transferSize: number }[];
  const scripts = requests.filter((q) => q.resourceType === "Script").map((q) => ({ url: new URL(q.url).pathname, transferSize: q.transferSize }));
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcpMs: Math.round(audit("first-contentful-paint").numericValue),
    lcpMs: Math.round(audit("largest-contentful-paint").numericValue),
    tbtMs: Math.round(audit("total-blocking-time").numericValue),
    cls: Number(audit("cumulative-layout-shift").numericValue.toFixed(3)),
    lcpElement: String(node?.snippet ?? "?").slice(0, 90),
    lcpPhases: phases.map((p) => `${p.phase} ${Math.round(p.timing)}`).join(", "),
    scripts,
    jsBytes: scripts.reduce((a, s) => a + s.transferSize, 0),
  };
}

export interface Throughput {
  rps: number;
  p99: number;
  /** p99 without each connection's first answer (see `throughput`). */
  p99Settled: number;
  /** The slowest first answer of a connection. */
  firstMax: number;
  errors: number;
  non2xx: number;
}

/**
 * autocannon, 50 connections, no Accept-Encoding (every server here then sends the same bytes).
 *
 * Requests per second are counted from the first request sent to the last answer: autocannon ends
 * a run of `amount` requests on its one-second tick, so its own wall time ran up to a second long
 * (5,000 requests read 1,647 req/s for a server that did 2,094). The p99 is also given without each
 * connection's first answer: libuv accepts one connection per event-loop turn, so when 50 connect
 * at once to a busy server, the last ones wait for as many turns, each as long as the requests of
 * the connections already accepted (strace, 1,000 posts: 50 accept4 calls over 1.5 s, the first
 * answers of ~25 connections at 300-1,500 ms). A static server's turns are short enough not to show it.
 */
export async function throughput(url: string, amount = 5000): Promise<Throughput> {
  const instance = autocannon({ url, connections: 50, amount, timeout: 10 });
  const seen = new Set<object>();
  const settled: number[] = [];
  let first = Infinity;
  let last = 0;
  let firstMax = 0;
  instance.on("response", (client, _status, _bytes, ms) => {
    const now = performance.now();
    first = Math.min(first, now - ms);
    last = now;
    if (seen.has(client)) settled.push(ms);
    else {
      seen.add(client);
      firstMax = Math.max(firstMax, ms);
    }
  });
  const r = await instance;
  settled.sort((a, b) => a - b);
  const p99Settled = settled.length ? Math.round(settled[Math.min(settled.length - 1, Math.floor(settled.length * 0.99))]) : 0;
  const seconds = last > first ? (last - first) / 1000 : 1;
  return { rps: Math.round(r.requests.total / seconds), p99: r.latency.p99, p99Settled, firstMax: Math.round(firstMax), errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

export function startStatic(file: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, "static-server.mjs"), file, String(port)], { stdio: ["ignore", "pipe", "ignore"] });
    child.stdout!.once("data", () => resolve(child));
  });
}
