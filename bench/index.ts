/**
 * `npm run bench`: cold and warm `next build` against Hugo on the same posts, page
 * weight, Lighthouse and throughput, with pass/fail budget lines. Figures only;
 * nothing here is a unit test. BENCH_SIZES=100,1000 (default), BENCH_PAGES=0 skips
 * the page measurements, BENCH_LIGHTHOUSE=0 skips Lighthouse. BENCH_MODE=pages
 * (`npm run bench:pages`) builds only BENCH_PAGE_SIZES (default 1000,1; 1 is the
 * site's own content/) and measures pages, Lighthouse and throughput on each.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import { writeCorpus, writeHugoSite, writeSeedCorpus } from "./corpus";
import { waitForHttp } from "../scripts/net";
import type { ChildProcess } from "node:child_process";
import { frameworkFiles, lighthouseMedian, pageWeight, startNext, startNpm, startStatic, stop, throughput, type PageWeight, type Throughput } from "./pages";
import { nginxAvailable, startBlogNginx, startNginx } from "../scripts/nginx-server";
import { run, type RunResult } from "./proc";
import { firstRequests, longTailTargets, type FirstResult } from "./first-request";

const ROOT = process.cwd();
const WORK = path.join(ROOT, "bench", ".work");
const sizes = (process.env.BENCH_SIZES ?? "100,1000").split(",").map(Number);
/** Copies of the seed post to build (BENCH_SEED=0 skips). */
const seedCount = Number(process.env.BENCH_SEED ?? 1000);
const doPages = process.env.BENCH_PAGES !== "0";
const doLighthouse = process.env.BENCH_LIGHTHOUSE !== "0";
/** `full` (default): builds against Hugo, then pages; `pages`: only pages, Lighthouse and throughput, on BENCH_PAGE_SIZES builds. */
const mode = process.env.BENCH_MODE ?? "full";
const pageSizes = (process.env.BENCH_PAGE_SIZES ?? "1000,1").split(",").map(Number);
const lhRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const throughputRounds = Number(process.env.BENCH_THROUGHPUT_ROUNDS ?? 3);
const throughputRequests = Number(process.env.BENCH_THROUGHPUT_REQUESTS ?? 5000);
/** The bench's servers listen on eight ports from here (nginx takes free ones): BENCH_PORT_BASE keeps them off another engineer's. */
/** Build folders are `<BENCH_DIST_PREFIX>-<size>`. */
const DIST_PREFIX = process.env.BENCH_DIST_PREFIX ?? ".next-bench";
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3391);
const PORTS = { next: PORT_BASE, bare: PORT_BASE + 1, static: PORT_BASE + 2, npm: PORT_BASE + 3, bareCss: PORT_BASE + 4, bareStatic: PORT_BASE + 5, first: PORT_BASE + 6, bareSized: PORT_BASE + 7 };

const rows: string[][] = [];
const budgets: string[] = [];
const row = (...cells: (string | number)[]) => {
  rows.push(cells.map(String));
  console.error(`  ${cells.join(" | ")}`);
};
const budget = (name: string, ok: boolean, detail: string) => budgets.push(`${ok ? "PASS" : "FAIL"}  ${name}: ${detail}`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;

function hugoAvailable(): boolean {
  return existsSync("/usr/bin/hugo");
}

async function ensureHugo(): Promise<void> {
  if (hugoAvailable()) return;
  console.error("installing hugo from Debian (apt-get install -y hugo) ...");
  await run("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo"]);
}

function countPages(distDir: string): number {
  const manifest = path.join(ROOT, distDir, "prerender-manifest.json");
  if (!existsSync(manifest)) return 0;
  return Object.keys(JSON.parse(readFileSync(manifest, "utf8")).routes ?? {}).length;
}

/** What `npm run build` is: `next build` (OG cards, sitemaps and search texts are routes now, rendered on request). */
async function nextBuild(env: Record<string, string>): Promise<RunResult> {
  return run("npx", ["next", "build"], env);
}

async function buildBench(n: number): Promise<string> {
  const contentDir = path.join(WORK, `content-${n}`);
  const distDir = `${DIST_PREFIX}-${n}`;
  writeCorpus(path.join(contentDir, "posts"), n, "mdx");
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  const env = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, BLOG_QUIET: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const cold = await nextBuild(env);
  if (cold.code !== 0) throw new Error(`next build of ${n} posts failed:\n${cold.output.slice(-3000)}`);
  const pages = countPages(distDir);
  const first = readdirSync(path.join(contentDir, "posts")).sort()[0];
  appendFileSync(path.join(contentDir, "posts", first), "\n\n編輯後新增的一段文字。\n");
  const warm = await nextBuild(env);
  if (warm.code !== 0) throw new Error(`warm next build failed:\n${warm.output.slice(-3000)}`);

  row(`npm run build, cold, ${n} posts`, s(cold.ms), `${cold.peakMb.toFixed(0)} MB peak`, `${pages} pages, ${(cold.ms / Math.max(pages, 1)).toFixed(1)} ms/page, CPU ${s(cold.cpuMs)}`);
  row(`npm run build, warm (1 post edited), ${n} posts`, s(warm.ms), `${warm.peakMb.toFixed(0)} MB peak`, `CPU ${s(warm.cpuMs)}`);
  if (n === 1000) budget(`1,000 synthetic posts: cold npm run build <= 25 s (before: ${BEFORE_1000})`, cold.ms <= 25_000, `${s(cold.ms)}, ${pages} pages`);

  if (n >= 10_000) {
    budget("10,000 posts: next build under 6 minutes", cold.ms < 360_000, `${s(cold.ms)}, peak ${cold.peakMb.toFixed(0)} MB`);
  }

  if (n <= 1000 && hugoAvailable()) {
    const hugoRoot = path.join(WORK, `hugo-${n}`);
    writeHugoSite(hugoRoot, n);
    const hCold = await run("hugo", ["--quiet", "-s", hugoRoot, "-d", path.join(hugoRoot, "public")]);
    appendFileSync(path.join(hugoRoot, "content", "posts", readdirSync(path.join(hugoRoot, "content", "posts")).sort()[0]), "\n\n編輯後新增的一段文字。\n");
    const hWarm = await run("hugo", ["--quiet", "-s", hugoRoot, "-d", path.join(hugoRoot, "public")]);
    row(`hugo build cold, ${n} posts`, s(hCold.ms), `${hCold.peakMb.toFixed(0)} MB peak`, hCold.code === 0 ? `CPU ${s(hCold.cpuMs)}` : "hugo failed");
    row(`hugo rebuild after 1 edit, ${n} posts`, s(hWarm.ms), "", `CPU ${s(hWarm.cpuMs)}`);
    const coldRatio = cold.ms / hCold.ms;
    const warmRatio = warm.ms / hWarm.ms;
    row(`ratio next/hugo, ${n} posts`, `cold ${coldRatio.toFixed(1)}x`, `warm ${warmRatio.toFixed(1)}x`, `CPU: cold ${(cold.cpuMs / hCold.cpuMs).toFixed(1)}x, warm ${(warm.cpuMs / hWarm.cpuMs).toFixed(1)}x`);
    if (n === 1000) {
      // What no Next.js site can beat: the same number of pages, each a bare <p>.
      const floor = await buildFloor(pages);
      row(`bare Next.js app, ${pages} trivial pages (floor)`, s(floor.ms), `${floor.peakMb.toFixed(0)} MB peak`, `${(floor.ms / hCold.ms).toFixed(1)}x hugo; ours is ${(cold.ms / floor.ms).toFixed(2)}x this`);
      budget("1,000-post cold build within 15x of Hugo", coldRatio <= 15, `${coldRatio.toFixed(1)}x (${s(cold.ms)} vs ${s(hCold.ms)})`);
      budget("warm rebuild after one edit within 5x of Hugo", warmRatio <= 5, `${warmRatio.toFixed(1)}x (${s(warm.ms)} vs ${s(hWarm.ms)})`);
    }
  }
  return distDir;
}

/** `npm run build` of 1,000 posts when issue 19 was filed: OG cards drawn before the build, every list page, tag page and tag feed prerendered. */
const BEFORE_1000 = "66-82 s";

/**
 * `n` copies of the seed post (few tags): the build's saving there must come from the
 * posts' own work and the OG cards, not from fewer tag pages. Cold build, budget line.
 */
async function seedBench(n: number): Promise<void> {
  const contentDir = path.join(WORK, `seed-${n}`);
  const distDir = `${DIST_PREFIX}-seed-${n}`;
  writeSeedCorpus(path.join(contentDir, "posts"), n);
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  const cold = await nextBuild({ CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, BLOG_QUIET: "1", NEXT_TELEMETRY_DISABLED: "1" });
  if (cold.code !== 0) throw new Error(`next build of ${n} seed copies failed:\n${cold.output.slice(-3000)}`);
  const pages = countPages(distDir);
  row(`npm run build, cold, ${n} copies of the seed post`, s(cold.ms), `${cold.peakMb.toFixed(0)} MB peak`, `${pages} pages, CPU ${s(cold.cpuMs)}`);
  budget(`${n} copies of the seed post: cold npm run build <= 25 s (before: ${BEFORE_1000})`, cold.ms <= 25_000, `${s(cold.ms)}, ${pages} pages`);
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
}

interface BareOptions {
  /** Trivial prerendered pages besides the home page (/p/0/ ...). */
  pages?: number;
  /** CSS the layout imports, as every real site's does. */
  stylesheet?: string;
  /** The home page's one paragraph: `unit` repeated. */
  text?: { unit: string; repeat: number };
  /** Adds /d, a page rendered on every request. */
  onRequestPage?: boolean;
}

/** A bare Next.js app of the same version (a home page; see BareOptions), built in WORK/`name`. */
async function bareApp(name: string, { pages = 0, stylesheet, text, onRequestPage = false }: BareOptions = {}): Promise<{ dir: string; result: RunResult }> {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app", pages > 0 ? "p/[n]" : ""), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{"private":true}\n');
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(ROOT)} } };\n`);
  if (stylesheet !== undefined) writeFileSync(path.join(dir, "app", "site.css"), stylesheet);
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    `${stylesheet !== undefined ? 'import "./site.css";\n' : ""}export default function L({children}){return <html lang="en"><body>{children}</body></html>}\n`,
  );
  writeFileSync(
    path.join(dir, "app", "page.js"),
    text ? `const text = ${JSON.stringify(text.unit)}.repeat(${text.repeat});\nexport default function P(){return <p>{text}</p>}\n` : "export default function P(){return <p>bare</p>}\n",
  );
  if (onRequestPage) {
    mkdirSync(path.join(dir, "app", "d"), { recursive: true });
    writeFileSync(path.join(dir, "app", "d", "page.js"), 'export const dynamic = "force-dynamic";\nexport default function D(){return <p>{Date.now()}</p>}\n');
  }
  if (pages > 0) writeFileSync(
    path.join(dir, "app", "p", "[n]", "page.js"),
    `export const dynamicParams = false;\nexport function generateStaticParams(){return Array.from({length:${pages}},(_,i)=>({n:String(i)}))}\nexport default async function P({params}){return <p>{(await params).n}</p>}\n`,
  );
  const result = await run("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" }, dir);
  if (result.code !== 0) throw new Error(`bare next build failed:\n${result.output.slice(-2000)}`);
  return { dir, result };
}

/** A bare Next.js page of the same version: the baseline for "our own" client JS. */
async function buildBare(): Promise<string> {
  return (await bareApp("bare")).dir;
}

/**
 * The bare page with a two-rule stylesheet: what a Next.js page that has a stylesheet can get from
 * Lighthouse. A render-blocking stylesheet lets the framework's async scripts arrive and run before
 * the first frame is presented, and Lantern's LCP then waits for all of them (stop 27: bare page
 * LCP = FCP ~0.7 s; with two CSS rules LCP 1.1-1.7 s in 3 runs of 4).
 */
async function buildBareWithStylesheet(): Promise<string> {
  return (await bareApp("bare-css", { stylesheet: "body{margin:0;font-family:sans-serif;color:#111}\np{padding:1rem}\n" })).dir;
}

/**
 * Next's own serving floor for a page of `htmlBytes`: a bare page whose one paragraph makes its
 * HTML (text and flight data) about that size, under next start, with one page rendered on
 * request first. Every production server renders something sooner or later (a page the build
 * did not prerender, a revalidation, the start-up warm-up), and from then on Node 20's
 * AsyncLocalStorage runs promise hooks on every request: stop 27 measured a bare page at
 * 505 us of CPU per request before and 565 after. A bare page of a few hundred bytes would be
 * no floor: Next's fixed cost would be most of it and the static server's least.
 */
async function bareSized(htmlBytes: number, port: number): Promise<{ origin: string; html: string; child: ChildProcess }> {
  const unit = "這是一段用來填滿頁面的中文文字，長度與文章頁相當。";
  // The text appears twice: in the HTML and in the flight data.
  const repeat = Math.max(0, Math.round((htmlBytes - 5000) / (2 * Buffer.byteLength(unit))));
  const { dir } = await bareApp("bare-sized", { text: { unit, repeat }, onRequestPage: true });
  const origin = `http://127.0.0.1:${port}`;
  const child = startNext(dir, port, {});
  await waitForHttp(origin + "/", 60_000);
  // The one render the floor's name promises: an error page would leave Node's hooks off.
  const rendered = await fetch(origin + "/d");
  await rendered.arrayBuffer();
  if (!rendered.ok) {
    stop(child);
    throw new Error(`bare page's /d answered HTTP ${rendered.status}: the serving floor needs one page rendered on request`);
  }
  return { origin, html: path.join(dir, ".next", "server", "app", "index.html"), child };
}

/** The same number of pages as our build, each trivial: Next's own cost per page. */
async function buildFloor(pages: number): Promise<RunResult> {
  return (await bareApp("floor", { pages })).result;
}

/** The proxy's matchers as the build wrote them, tried as Next tries them: on the raw path and on the decoded one. */
function proxyRunsFor(distDir: string): (pathname: string) => boolean {
  const manifest = path.join(ROOT, distDir, "server", "functions-config-manifest.json");
  const fns = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).functions ?? {} : {};
  // A matcher with `has` (the If-None-Match one) never applies here: autocannon sends no such header.
  const regexps: RegExp[] = (fns["/_middleware"]?.matchers ?? []).filter((m: { has?: unknown }) => !m.has).map((m: { regexp: string }) => new RegExp(m.regexp));
  return (pathname) => {
    let decoded = pathname;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // Next matches the raw path only, then
    }
    return regexps.some((r) => r.test(pathname) || r.test(decoded));
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

interface BareServer {
  origin: string;
  weight: PageWeight;
  lh?: Awaited<ReturnType<typeof lighthouseMedian>>;
  /** The same page with a stylesheet (buildBareWithStylesheet). */
  cssLh?: Awaited<ReturnType<typeof lighthouseMedian>>;
}

let bareServer: BareServer | null = null;
let bareChild: ChildProcess | null = null;

/** A bare Next.js page of the same version, served by `next start` like ours: the floor for JS and Lighthouse. */
async function bare(): Promise<BareServer> {
  if (bareServer) return bareServer;
  const dir = await buildBare();
  const port = PORTS.bare;
  const origin = `http://127.0.0.1:${port}`;
  bareChild = startNext(dir, port, {});
  await waitForHttp(origin + "/", 60_000);
  const weight = await pageWeight(origin, "/", frameworkFiles(path.join(dir, ".next")));
  row("bare Next.js page (same version), next start", `HTML ${kib(weight.htmlBytes)}`, `JS ${kib(weight.jsBytes)} (Lighthouse's count)`, `${weight.scripts.length} scripts`);
  for (const sc of weight.scripts) row(`  bare script ${path.basename(sc.src)} (${sc.role})`, kib(sc.bytes), `headers ${sc.headerBytes} B`, `${kib(sc.raw)} raw`);
  bareServer = { origin, weight };
  if (doLighthouse) {
    const lh = await lighthouseMedian(origin + "/", lhRuns);
    bareServer.lh = lh;
    lighthouseRow("bare Next.js page", lh);
    const cssDir = await buildBareWithStylesheet();
    const cssOrigin = `http://127.0.0.1:${PORTS.bareCss}`;
    const cssChild = startNext(cssDir, PORTS.bareCss, {});
    try {
      await waitForHttp(cssOrigin + "/", 60_000);
      bareServer.cssLh = await lighthouseMedian(cssOrigin + "/", lhRuns);
      lighthouseRow("bare Next.js page with a two-rule stylesheet", bareServer.cssLh);
    } finally {
      stop(cssChild);
    }
  }
  return bareServer;
}

function lighthouseRow(name: string, lh: Awaited<ReturnType<typeof lighthouseMedian>>): void {
  if (typeof lh === "string") {
    row(`lighthouse ${name}`, lh, "", "");
    return;
  }
  const m = lh.median;
  row(
    `lighthouse ${name} (mobile, median of ${lh.scores.length})`,
    `perf ${m.performance} a11y ${m.accessibility} bp ${m.bestPractices} seo ${m.seo} (runs: ${lh.scores.join("/")})`,
    `FCP ${m.fcpMs} ms LCP ${m.lcpMs} ms TBT ${m.tbtMs} ms CLS ${m.cls}`,
    `LCP element ${m.lcpElement}; ${m.lcpPhases}; JS ${kib(m.jsBytes)}`,
  );
}

/**
 * Page weight, Lighthouse and throughput on one build. `label` names the build in
 * the table (e.g. "1000 posts").
 */
async function measurePages(distDir: string, label: string, contentDir = path.join(ROOT, "content")): Promise<void> {
  const port = PORTS.next;
  const origin = `http://127.0.0.1:${port}`;
  const npmPort = PORTS.npm;
  const npmOrigin = `http://127.0.0.1:${npmPort}`;
  // The build's own content: a server reading content/ (the 1-post site) answers 404 for the
  // synthetic build's tags on every page it was not prerendered with.
  const server = startNext(ROOT, port, { NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir });
  const npm = startNpm(ROOT, npmPort, { NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir });
  const extra: ChildProcess[] = [];
  try {
    await waitForHttp(origin + "/", 60_000);
    await waitForHttp(npmOrigin + "/", 60_000);
    const home = await fetch(origin + "/").then((r) => r.text());
    const postPath = /href="(\/posts\/[^"/]+\/)"/.exec(home)?.[1] ?? "/posts/synthetic-00001/";
    const post = await fetch(origin + postPath).then((r) => r.text());
    const tagPath = /href="(\/tags\/[^"/]+\/)"/.exec(post)?.[1] ?? "/tags/openai/";
    const pages: [string, string][] = [["home", "/"], ["post", postPath], ["tag", tagPath], ["search", "/search/"]];
    const framework = frameworkFiles(path.join(ROOT, distDir));
    const weights = new Map<string, PageWeight>();
    for (const [name, p] of pages) {
      const w = await pageWeight(origin, p, framework);
      weights.set(name, w);
      const own = w.scripts.filter((x) => x.role === "site").reduce((a, x) => a + x.bytes, 0);
      row(
        `${label}: page ${name} (${decodeURIComponent(p)})`,
        w.status === 200 ? `HTML ${kib(w.htmlBytes)} (${kb(w.htmlGzip)} gz body)` : `HTTP ${w.status}`,
        `JS ${kib(w.jsBytes)} (Lighthouse's count)`,
        `${w.scripts.length} scripts, framework ${kib(w.jsBytes - own)}, site ${kib(own)}`,
      );
    }
    const postWeight = weights.get("post")!;
    for (const sc of postWeight.scripts) row(`  post script ${path.basename(sc.src)} (${sc.role})`, kib(sc.bytes), `headers ${sc.headerBytes} B`, `${kib(sc.raw)} raw`);

    const b = await bare();
    const postJs = postWeight.jsBytes;
    budget(`${label}: post page JS (Lighthouse's count) <= 10 KiB above a bare Next.js page`, postJs - b.weight.jsBytes <= 10 * 1024, `${kib(postJs - b.weight.jsBytes)} (post ${kib(postJs)}, bare ${kib(b.weight.jsBytes)})`);
    budget(`${label}: post page JS (Lighthouse's count) <= 140 KiB`, postJs <= 140 * 1024, kib(postJs));

    if (doLighthouse) {
      for (const [name, p] of pages.slice(0, 3)) {
        const lh = await lighthouseMedian(origin + p, lhRuns);
        lighthouseRow(`${label} ${name}`, lh);
        if (typeof lh === "string") {
          budget(`${label}: Lighthouse 100 on all four categories, ${name}`, false, lh);
          continue;
        }
        const m = lh.median;
        const all = [m.performance, m.accessibility, m.bestPractices, m.seo];
        const floor =
          (b.lh && typeof b.lh !== "string" ? `; bare Next.js page: perf ${b.lh.median.performance}, TBT ${b.lh.median.tbtMs} ms` : "") +
          (b.cssLh && typeof b.cssLh !== "string" ? `; with a two-rule stylesheet: perf ${b.cssLh.median.performance}, LCP ${b.cssLh.median.lcpMs} ms` : "");
        budget(`${label}: Lighthouse 100 on all four categories, ${name} (median of ${lh.scores.length})`, all.every((x) => x === 100), `${all.join("/")} (LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms${floor})`);
        budget(`${label}: CLS 0 on ${name}`, m.cls === 0, String(m.cls));
        if (name === "post") row(`  ${label} post page JS by Lighthouse`, kib(m.jsBytes), `${m.scripts.length} scripts`, "");
      }
    }

    await measureLongTail(distDir, contentDir, npmOrigin, label, postPath);
    await measureThroughput(distDir, label, { npm: npmOrigin, next: origin }, postPath, extra);
  } finally {
    stop(server);
    stop(npm);
    for (const c of extra) stop(c);
  }
}

/** One GET's wall time in ms and its status. */
async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

/**
 * Pages the build did not prerender (a late page of /posts/, a tag's page 2 when a tag has one,
 * the least used tag, a tag feed, OG cards): each on a fresh `npm start` once it answers
 * /healthz/ (bench/first-request.ts), without the start-up warm-up (WARM_START=0, as before
 * issue 19's second half) and with it, interleaved; later requests must be as fast as a
 * prerendered page (the post page, asked as often).
 */
async function measureLongTail(distDir: string, contentDir: string, origin: string, label: string, postPath: string): Promise<void> {
  const { targets, notes } = await longTailTargets(origin);
  for (const n of notes) row(`${label}: ${n}`, "", "", "");
  const reps = 20;
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) ms.push((await timed(origin + postPath)).ms);
  const prerendered = median(ms);
  row(`${label}: prerendered post page, npm start`, `median ${prerendered.toFixed(1)} ms`, `${reps} sequential requests`, "");
  const rounds = Number(process.env.BENCH_FIRST_ROUNDS ?? 2);
  const cold = new Map<string, FirstResult[]>();
  const warm = new Map<string, FirstResult[]>();
  const add = (m: Map<string, FirstResult[]>, rs: FirstResult[]) => rs.forEach((r) => m.set(r.name, [...(m.get(r.name) ?? []), r]));
  for (let r = 0; r < rounds; r++) {
    add(cold, await firstRequests(distDir, contentDir, PORTS.first, targets, reps, { WARM_START: "0" }));
    add(warm, await firstRequests(distDir, contentDir, PORTS.first, targets, reps));
  }
  for (const t of targets) {
    const c = cold.get(t.name) ?? [];
    const w = warm.get(t.name) ?? [];
    const first = median(w.map((x) => x.firstMs));
    const later = median(w.map((x) => x.laterMs));
    const ok = w.every((x) => x.status === 200);
    row(`${label}: ${t.name} (not prerendered) ${decodeURIComponent(t.path)}`, `first ${first.toFixed(0)} ms warmed (${w.map((x) => x.firstMs.toFixed(0)).join("/")})`, `no warm-up ${median(c.map((x) => x.firstMs)).toFixed(0)} ms (${c.map((x) => x.firstMs.toFixed(0)).join("/")})`, `later median ${later.toFixed(1)} ms; prerendered post ${prerendered.toFixed(1)} ms`);
    budget(`${label}: first request to a page not prerendered < 300 ms (${t.name}, median of ${w.length} fresh servers)`, ok && first < 300, `${first.toFixed(0)} ms (without the warm-up ${median(c.map((x) => x.firstMs)).toFixed(0)} ms)${ok ? "" : `, HTTP ${w.map((x) => x.status).join("/")}`}`);
    // Held to a prerendered page of its own kind where the build has one (FirstTarget.twin).
    let twinMs = prerendered;
    let twinName = "prerendered post page";
    if (t.twin) {
      const tm: number[] = [];
      for (let i = 0; i < reps; i++) tm.push((await timed(origin + t.twin.path)).ms);
      twinMs = median(tm);
      twinName = `prerendered ${t.twin.name}`;
    }
    budget(`${label}: later requests to ${t.name} as fast as a prerendered page of its kind (within 1.25x + 2 ms)`, later <= twinMs * 1.25 + 2, `${later.toFixed(1)} vs ${twinMs.toFixed(1)} ms (${twinName})`);
  }
}

/**
 * Requests per second and p99 over 50 connections for the post page from `npm start`
 * and `next start`, on its plain path and on the same page asked for with one
 * character percent-encoded (which the proxy's matcher sends through the request
 * guard), against a static file server and nginx answering with the same HTML.
 * Rounds are interleaved and the median taken, so a noisy neighbour hits all alike.
 */
async function measureThroughput(distDir: string, label: string, servers: { npm: string; next: string }, postPath: string, extra: ChildProcess[]): Promise<void> {
  const slug = decodeURIComponent(postPath.split("/")[2]);
  const html = path.join(ROOT, distDir, "server", "app", "posts", `${slug}.html`);
  if (!existsSync(html)) {
    row(`${label}: static file server`, `prerendered HTML not found at ${path.relative(ROOT, html)}`, "", "");
    return;
  }
  // The same page, one "-" written as %2D: Next serves it, and the proxy's matcher sends it through the guard.
  const guardedPath = postPath.includes("-") ? postPath.replace("-", "%2D") : postPath.replace(/\/$/, "%2F").replace(/%2F$/, "/");
  const proxyRuns = proxyRunsFor(distDir);
  const guard = (p: string) => (proxyRuns(p) ? "guard runs" : "guard skipped");
  type Target = { name: string; url: string };
  const npmTarget: Target = { name: `npm start, post page (${guard(postPath)})`, url: servers.npm + postPath };
  const targets: Target[] = [
    npmTarget,
    { name: `npm start, post page as ${guardedPath} (${guard(guardedPath)})`, url: servers.npm + guardedPath },
    { name: `next start, post page (${guard(postPath)})`, url: servers.next + postPath },
    { name: `next start, post page as ${guardedPath} (${guard(guardedPath)})`, url: servers.next + guardedPath },
  ];
  const st = await startStatic(html, PORTS.static);
  extra.push(st);
  const staticTarget: Target = { name: "static file server (Node), same HTML", url: `http://127.0.0.1:${PORTS.static}/` };
  targets.push(staticTarget);
  // Next's own floor: a bare page of the same size under next start (bareSized), against the
  // same static server handing out that page's HTML.
  const sized = await bareSized(statSync(html).size, PORTS.bareSized);
  extra.push(sized.child);
  const sizedFound = existsSync(sized.html);
  const bareTarget: Target = { name: `bare Next.js page of ${kib(sizedFound ? statSync(sized.html).size : 0)}, next start, after one page rendered on request`, url: sized.origin + "/" };
  const bareStaticTarget: Target = { name: `static file server (Node), that bare page's HTML`, url: `http://127.0.0.1:${PORTS.bareStatic}/` };
  if (sizedFound) {
    extra.push(await startStatic(sized.html, PORTS.bareStatic));
    targets.push(bareTarget, bareStaticTarget);
  } else row("bare Next.js page", `prerendered HTML not found at ${sized.html}`, "", "");
  let nginxTarget: Target | undefined;
  let proxyTarget: Target | undefined;
  if (nginxAvailable()) {
    // What this machine can serve at all: the same prerendered file, one worker, no compression.
    const file = await startNginx(path.join(WORK, "nginx"), (port) =>
      `  server { listen 127.0.0.1:${port}; root ${path.dirname(html)}; location / { default_type "text/html; charset=utf-8"; try_files /${path.basename(html)} =404; } }`,
    );
    // The README's reverse proxy (deploy/nginx/blog.conf, its one-second cache) in front of npm start.
    const proxy = await startBlogNginx(path.join(WORK, "nginx-blog"), [new URL(servers.npm).host]);
    extra.push(file.child, proxy.child);
    nginxTarget = { name: "nginx (1 worker), same HTML", url: file.url + "/" };
    proxyTarget = { name: "deploy/nginx/blog.conf (1 worker, 1 s cache) in front of npm start, post page", url: proxy.url + postPath };
    targets.push(nginxTarget, proxyTarget);
  } else row("nginx", "not installed (apt-get install nginx)", "", "");

  const results = new Map<string, Throughput[]>();
  for (const t of targets) await throughput(t.url, 1000); // warm-up
  for (let round = 0; round < throughputRounds; round++) {
    for (const t of targets) {
      const r = await throughput(t.url, throughputRequests);
      results.set(t.name, [...(results.get(t.name) ?? []), r]);
    }
  }
  const summary = (t: Target) => {
    const rs = results.get(t.name) ?? [];
    return {
      rps: median(rs.map((r) => r.rps)),
      p99: median(rs.map((r) => r.p99)),
      p99Settled: median(rs.map((r) => r.p99Settled)),
      firstMax: median(rs.map((r) => r.firstMax)),
      errors: rs.reduce((a, r) => a + r.errors, 0),
      non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
    };
  };
  const staticRps = summary(staticTarget).rps;
  const nginxRps = nginxTarget ? summary(nginxTarget).rps : 0;
  for (const t of targets) {
    const s = summary(t);
    // The bare page's pair is compared with each other; every other row with our page's static server and nginx.
    const ratios =
      t === bareTarget || t === bareStaticTarget
        ? `x${(s.rps / summary(bareStaticTarget).rps).toFixed(2)} static with the bare HTML`
        : `x${(s.rps / staticRps).toFixed(2)} static` + (nginxRps ? `, x${(s.rps / nginxRps).toFixed(2)} nginx` : "");
    row(`${label}: ${t.name}`, `${s.rps} req/s`, `p99 ${s.p99} ms`, `${ratios}; p99 without first answers ${s.p99Settled} ms, slowest first answer ${s.firstMax} ms; errors ${s.errors}, non-2xx ${s.non2xx} (median of ${throughputRounds} x ${throughputRequests} req, 50 conns)`);
  }
  const npmPlain = summary(npmTarget);
  const bareRatio = sizedFound ? summary(bareTarget).rps / summary(bareStaticTarget).rps : 0;
  const bareFloor = bareRatio ? `; a bare Next.js page of the same size under next start: x${bareRatio.toFixed(2)} of a static server with its HTML` : "";
  if (bareRatio) {
    const [bn, bs] = [summary(bareTarget), summary(bareStaticTarget)];
    row(`${label}: Next's floor: bare page of the same size under next start / static server with its HTML`, `x${bareRatio.toFixed(2)}`, `${bn.rps} / ${bs.rps} req/s`, `p99 ${bn.p99} / ${bs.p99} ms (${bn.p99Settled} ms without first answers)`);
  }
  budget(`${label}: npm start serves the post page at >= half the static file server's rate`, npmPlain.rps >= staticRps / 2, `${npmPlain.rps} vs ${staticRps} req/s (x${(npmPlain.rps / staticRps).toFixed(2)}; nginx ${nginxRps || "n/a"}${bareFloor})`);
  // The same load generator's floor: what a static server and nginx reach handing out the same HTML.
  const floorP99 =
    `static file server ${summary(staticTarget).p99} ms` +
    (nginxTarget ? `, nginx ${summary(nginxTarget).p99} ms` : "") +
    (bareRatio ? `, a bare Next.js page of the same size under next start ${summary(bareTarget).p99} ms` : "");
  budget(
    `${label}: npm start post page p99 < 50 ms at 50 connections`,
    npmPlain.p99 < 50,
    `${npmPlain.p99} ms; ${npmPlain.p99Settled} ms without each connection's first answer (same run: ${floorP99})`,
  );
  // The same two bars for the deploy the README gives operators: npm start behind its nginx site.
  if (proxyTarget) {
    const s = summary(proxyTarget);
    budget(`${label}: behind deploy/nginx/blog.conf, the post page at >= half the static file server's rate`, s.rps >= staticRps / 2, `${s.rps} vs ${staticRps} req/s (x${(s.rps / staticRps).toFixed(2)})`);
    budget(`${label}: behind deploy/nginx/blog.conf, post page p99 < 50 ms at 50 connections`, s.p99 < 50, `${s.p99} ms`);
  }
}

/** `BENCH_MODE=pages`: one cold `next build` per size (1 = the site's own content/), then pages, Lighthouse and throughput on each. */
async function pagesOnly(): Promise<void> {
  for (const n of pageSizes) {
    const distDir = `${DIST_PREFIX}-${n}`;
    const contentDir = n === 1 ? path.join(ROOT, "content") : path.join(WORK, `content-${n}`);
    if (process.env.BENCH_REBUILD === "0" && existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
      row(`${distDir}`, "reused (BENCH_REBUILD=0)", "", "");
    } else {
      if (n !== 1) writeCorpus(path.join(contentDir, "posts"), n, "mdx");
      rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
      const build = await nextBuild({ CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, BLOG_QUIET: "1", NEXT_TELEMETRY_DISABLED: "1" });
      if (build.code !== 0) throw new Error(`next build of ${n} posts failed:\n${build.output.slice(-3000)}`);
      row(`npm run build, cold, ${n === 1 ? "1 post (content/)" : `${n} posts`}`, s(build.ms), `${build.peakMb.toFixed(0)} MB peak`, `CPU ${s(build.cpuMs)}`);
    }
    await measurePages(distDir, n === 1 ? "1 post" : `${n} posts`, contentDir);
  }
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  if (mode === "pages") {
    await pagesOnly();
  } else {
    if (sizes.some((n) => n <= 1000)) await ensureHugo();
    let pagesDist = "";
    let pagesLabel = "";
    let pagesContent = "";
    for (const n of sizes) {
      const dist = await buildBench(n);
      if (n <= 1000) {
        pagesDist = dist;
        pagesLabel = `${n} posts`;
        pagesContent = path.join(WORK, `content-${n}`);
      }
    }
    if (seedCount > 0) await seedBench(seedCount);
    if (doPages && pagesDist) await measurePages(pagesDist, pagesLabel, pagesContent);
  }
  if (bareChild) stop(bareChild);

  console.log("\n| measure | value | value | note |\n|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log("\nBudgets:");
  for (const b of budgets) console.log(`  ${b}`);
}

main().catch((e) => {
  console.error(e);
  if (bareChild) stop(bareChild);
  process.exit(1);
});
