/**
 * `npm run bench:load`: load test of a production build on 127.0.0.1.
 *
 * Starts `scripts/start.mjs` on a free port over an existing build (LOAD_DIST_DIR,
 * default .next-e2e, i.e. the e2e build; run `npm run e2e:serve` or `next build`
 * first), discovers real post and tag URLs from the home page, then fires
 * LOAD_REQUESTS (default 20,000) requests over 100 connections at a mix of routes,
 * all groups at once. Prints requests/s, p99 latency, errors and non-2xx by route,
 * and the server's resident memory before and after. Exits 1 on any error or 5xx.
 *
 * LOAD_URL=http://host:port tests a server that is already running instead.
 */
import { freePort, waitForHttp } from "../scripts/net";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import autocannon, { type Result } from "autocannon";

const TOTAL = Number(process.env.LOAD_REQUESTS ?? 20_000);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const MAX_SECONDS = Number(process.env.LOAD_MAX_SECONDS ?? 180);
const DIST = process.env.LOAD_DIST_DIR ?? ".next-e2e";

interface Group {
  name: string;
  /** Share of requests and connections. */
  weight: number;
  paths: string[];
  /** Statuses this route is meant to answer with. */
  expect: number[];
}

/** The Next server is start.mjs's child; its RSS is what matters. */
function serverRssMb(starter: ChildProcess | null): number | null {
  if (!starter?.pid) return null;
  try {
    const children = readdirSync(`/proc/${starter.pid}/task`).flatMap((t) =>
      readFileSync(`/proc/${starter.pid}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean),
    );
    const pid = children[0] ?? String(starter.pid);
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return kb ? Math.round(Number(kb[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

async function discover(base: string): Promise<Group[]> {
  const home = await (await fetch(`${base}/`)).text();
  const page2 = await fetch(`${base}/posts/page/2/`).then((r) => (r.ok ? r.text() : ""));
  const links = [...(home + page2).matchAll(/href="(\/[^"#?]*)"/g)].map((m) => m[1]);
  const posts = unique(links.filter((l) => /^\/posts\/(?!page\/)[^/]+\/$/.test(l))).slice(0, 40);
  let tags = unique(links.filter((l) => /^\/tags\/[^/]+\/$/.test(l))).slice(0, 20);
  // Builds without tag pages still link to them: leave the group out rather than count 404s.
  if (tags.length && !(await fetch(base + tags[0])).ok) tags = [];
  const feeds = (await Promise.all(["/index.xml", "/sitemap.xml", "/robots.txt"].map(async (p) => ((await fetch(`${base}${p}`)).ok ? p : null)))).filter(
    (p): p is string => p !== null,
  );
  const groups: Group[] = [
    { name: "home", weight: 15, paths: ["/", "/posts/", "/posts/page/2/"], expect: [200] },
    { name: "posts", weight: 35, paths: posts, expect: [200] },
    { name: "tags", weight: 15, paths: tags, expect: [200] },
    { name: "404", weight: 15, paths: ["/posts/no-such-post/", "/posts/page/9999/", "/tags/no-such-tag-xyz/", "/nothing/here/"], expect: [404] },
    // Old Hugo-era list URLs answer with a permanent redirect to /posts/page/N/.
    { name: "redirect", weight: 5, paths: ["/page/2/"], expect: [308] },
    { name: "hostile", weight: 5, paths: ["/posts/%E4%/", "/posts/..%2F..%2Fetc%2Fpasswd/"], expect: [400, 404] },
    { name: "feeds", weight: 10, paths: feeds, expect: [200] },
    { name: "healthz", weight: 5, paths: ["/healthz/"], expect: [200] },
  ];
  for (const g of groups) if (g.paths.length === 0) console.log(`(no ${g.name} routes in this build; skipped)`);
  return groups.filter((g) => g.paths.length > 0);
}

function pad(v: string | number, n: number): string {
  return String(v).padStart(n);
}

async function main() {
  let starter: ChildProcess | null = null;
  let base = process.env.LOAD_URL?.replace(/\/$/, "");
  if (!base) {
    if (!existsSync(path.join(DIST, "BUILD_ID"))) {
      console.error(`no build in ${DIST}/: run \`npm run e2e:serve\` once (or set LOAD_DIST_DIR / LOAD_URL)`);
      process.exit(2);
    }
    const port = await freePort();
    starter = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_DIST_DIR: DIST, CONTENT_DIR: process.env.CONTENT_DIR ?? path.resolve(".e2e-content") },
      stdio: ["ignore", "ignore", "inherit"],
    });
    base = `http://127.0.0.1:${port}`;
  }
  try {
    await waitForHttp(`${base}/healthz/`, 60_000);
    const groups = await discover(base);
    // Warm up each path once so "before" is the memory of a server that has served every route.
    for (const g of groups) for (const p of g.paths) await fetch(base + p);
    const rssBefore = serverRssMb(starter);

    const weights = groups.reduce((s, g) => s + g.weight, 0);
    const started = Date.now();
    const runs = groups.map((g) => {
      const connections = Math.max(1, Math.round((CONNECTIONS * g.weight) / weights));
      const amount = Math.max(connections, Math.round((TOTAL * g.weight) / weights));
      return autocannon({ url: base!, connections, amount, timeout: 30, requests: g.paths.map((p) => ({ method: "GET", path: p })) });
    });
    const timer = setTimeout(() => {
      console.error(`stopping after ${MAX_SECONDS} s`);
      for (const r of runs) r.stop();
    }, MAX_SECONDS * 1000);
    const results: Result[] = await Promise.all(runs);
    clearTimeout(timer);
    const seconds = (Date.now() - started) / 1000;
    const rssAfter = serverRssMb(starter);

    console.log(`\n${base}: ${CONNECTIONS} connections, ${seconds.toFixed(1)} s\n`);
    console.log(`${"route".padEnd(8)} ${pad("requests", 9)} ${pad("req/s", 7)} ${pad("p50 ms", 7)} ${pad("p99 ms", 7)} ${pad("errors", 7)} ${pad("non-2xx", 8)}  statuses`);
    let total = 0;
    let errors = 0;
    let fivexx = 0;
    let unexpected = 0;
    groups.forEach((g, i) => {
      const r = results[i];
      const count = r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
      const errs = r.errors; // autocannon counts timeouts among errors
      if (process.env.LOAD_DEBUG) console.log(g.name, { errors: r.errors, timeouts: r.timeouts, resets: r.resets });
      total += count;
      errors += errs;
      fivexx += r["5xx"];
      const statuses = Object.entries(r.statusCodeStats).map(([code, s]) => `${code}×${s.count}`).join(" ");
      unexpected += Object.entries(r.statusCodeStats).filter(([code]) => !g.expect.includes(Number(code))).reduce((s, [, v]) => s + v.count, 0);
      console.log(`${g.name.padEnd(8)} ${pad(count, 9)} ${pad(Math.round(count / seconds), 7)} ${pad(r.latency.p50, 7)} ${pad(r.latency.p99, 7)} ${pad(errs, 7)} ${pad(r.non2xx, 8)}  ${statuses}`);
    });
    console.log(`${"total".padEnd(8)} ${pad(total, 9)} ${pad(Math.round(total / seconds), 7)}`);
    console.log(`\nerrors ${errors}, 5xx ${fivexx}, unexpected statuses ${unexpected}`);
    if (rssBefore !== null) console.log(`server RSS: ${rssBefore} MB before, ${rssAfter} MB after`);
    if (errors > 0 || fivexx > 0 || unexpected > 0) process.exitCode = 1;
  } finally {
    starter?.kill("SIGTERM");
  }
}

await main();
