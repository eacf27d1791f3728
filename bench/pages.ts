/** Page weight (HTML and first-load JS, gzip), Lighthouse and throughput of a running server. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { run } from "./proc";

export function startNext(dir: string, port: number, env: Record<string, string>): ChildProcess {
  return spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: "ignore",
    detached: true,
  });
}

export function stop(child: ChildProcess): void {
  if (child.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

export interface PageWeight {
  status: number;
  htmlGzip: number;
  jsGzip: number;
  scripts: string[];
}

const gz = (b: Uint8Array) => gzipSync(b).length;

export async function pageWeight(origin: string, pathname: string): Promise<PageWeight> {
  const res = await fetch(origin + pathname);
  const html = await res.text();
  // Legacy-browser polyfills (noModule) are never loaded by the browsers measured here.
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => Boolean(src));
  const unique = [...new Set(scripts)];
  let jsGzip = 0;
  for (const src of unique) {
    const r = await fetch(new URL(src, origin));
    jsGzip += gz(new Uint8Array(await r.arrayBuffer()));
  }
  return { status: res.status, htmlGzip: gz(Buffer.from(html)), jsGzip, scripts: unique };
}

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** One Lighthouse run; a run that fails outright (Chrome now and then loses the page) is tried once more. */
export async function lighthouse(url: string): Promise<LighthouseResult | string> {
  const first = await lighthouseOnce(url);
  return typeof first === "string" ? lighthouseOnce(url) : first;
}

/** Lighthouse 12.2.3 through npx: 13 needs Node 22 and 12.x as a devDependency breaks npm ci. */
async function lighthouseOnce(url: string): Promise<LighthouseResult | string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "lh-")), "report.json");
  const r = await run(
    "npx",
    [
      "-y",
      "lighthouse@12.2.3",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
  );
  if (r.code !== 0 || !existsSync(out)) return `lighthouse failed: ${r.output.split("\n").filter((l) => /error|fail/i.test(l)).slice(-2).join(" ") || `exit ${r.code}`}`;
  const report = JSON.parse(readFileSync(out, "utf8"));
  const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
    cls: Number(report.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
  };
}

export interface Throughput {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function throughput(url: string, amount = 5000): Promise<Throughput> {
  const r = await autocannon({ url, connections: 50, amount, timeout: 10 });
  return { rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

export function startStatic(file: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, "static-server.mjs"), file, String(port)], { stdio: ["ignore", "pipe", "ignore"] });
    child.stdout!.once("data", () => resolve(child));
  });
}
