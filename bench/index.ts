/**
 * `npm run bench`: cold and warm `next build` against Hugo on the same posts, page
 * weight, Lighthouse and throughput, with pass/fail budget lines. Figures only;
 * nothing here is a unit test. BENCH_SIZES=100,1000 (default), BENCH_PAGES=0 skips
 * the page measurements, BENCH_LIGHTHOUSE=0 skips Lighthouse.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import { writeCorpus, writeHugoSite } from "./corpus";
import { waitForHttp } from "../scripts/net";
import { lighthouse, pageWeight, startNext, startStatic, stop, throughput, type LighthouseResult } from "./pages";
import { run, type RunResult } from "./proc";

const ROOT = process.cwd();
const WORK = path.join(ROOT, "bench", ".work");
const sizes = (process.env.BENCH_SIZES ?? "100,1000").split(",").map(Number);
const doPages = process.env.BENCH_PAGES !== "0";
const doLighthouse = process.env.BENCH_LIGHTHOUSE !== "0";

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

/**
 * What `npm run build` times here: `next build`, then the search texts it leaves to a
 * postbuild step (scripts/search-texts.ts), counted in so moving work out of Next
 * cannot flatter the figure. Open Graph cards and sitemaps are timed apart.
 */
async function nextBuild(env: Record<string, string>): Promise<RunResult> {
  const build = await run("npx", ["next", "build"], env);
  if (build.code !== 0) return build;
  const texts = await run("npx", ["tsx", "scripts/search-texts.ts"], { ...env, NODE_ENV: "production" });
  return {
    ...texts,
    ms: build.ms + texts.ms,
    cpuMs: build.cpuMs + texts.cpuMs,
    peakMb: Math.max(build.peakMb, texts.peakMb),
    output: `${build.output}\n${texts.output}`,
  };
}

async function buildBench(n: number): Promise<string> {
  const contentDir = path.join(WORK, `content-${n}`);
  const distDir = `.next-bench-${n}`;
  writeCorpus(path.join(contentDir, "posts"), n, "mdx");
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  const env = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, BLOG_QUIET: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const cold = await nextBuild(env);
  if (cold.code !== 0) throw new Error(`next build of ${n} posts failed:\n${cold.output.slice(-3000)}`);
  const pages = countPages(distDir);
  // `npm run build` also draws the Open Graph cards first (prebuild); timed apart, into a scratch public/.
  const ogEnv = { ...env, PUBLIC_DIR: path.join(WORK, `public-${n}`), NODE_ENV: "production" };
  rmSync(ogEnv.PUBLIC_DIR, { recursive: true, force: true });
  const ogCold = await run("npx", ["tsx", "scripts/og-images.ts"], ogEnv);
  if (ogCold.code !== 0) throw new Error(`og images failed:\n${ogCold.output.slice(-3000)}`);
  const first = readdirSync(path.join(contentDir, "posts")).sort()[0];
  appendFileSync(path.join(contentDir, "posts", first), "\n\n編輯後新增的一段文字。\n");
  const warm = await nextBuild(env);
  if (warm.code !== 0) throw new Error(`warm next build failed:\n${warm.output.slice(-3000)}`);
  const ogWarm = await run("npx", ["tsx", "scripts/og-images.ts"], ogEnv);
  const cards = /og images: (\d+) rendered/.exec(ogCold.output)?.[1] ?? "?";

  row(`next build + search texts, cold, ${n} posts`, s(cold.ms), `${cold.peakMb.toFixed(0)} MB peak`, `${pages} pages, ${(cold.ms / Math.max(pages, 1)).toFixed(1)} ms/page, CPU ${s(cold.cpuMs)}`);
  row(`next build + search texts, warm (1 post edited), ${n} posts`, s(warm.ms), `${warm.peakMb.toFixed(0)} MB peak`, `CPU ${s(warm.cpuMs)}`);

  row(`OG cards (prebuild), ${n} posts`, `cold ${s(ogCold.ms)}`, `warm ${s(ogWarm.ms)}`, `${cards} cards, CPU ${s(ogCold.cpuMs)}`);
  row(`npm run build cold (OG cards + next build + search texts), ${n} posts`, s(ogCold.ms + cold.ms), "", "");

  if (n >= 10_000) {
    budget("10,000 posts: next build under 6 minutes", cold.ms < 360_000, `${s(cold.ms)}, peak ${cold.peakMb.toFixed(0)} MB`);
    budget("10,000 posts: npm run build (with OG cards) under 6 minutes", ogCold.ms + cold.ms < 360_000, s(ogCold.ms + cold.ms));
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

/** A bare Next.js app of the same version (one page, plus `pages` trivial ones), built in `dir`. */
async function bareApp(name: string, pages: number): Promise<{ dir: string; result: RunResult }> {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app", pages > 0 ? "p/[n]" : ""), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{"private":true}\n');
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(ROOT)} } };\n`);
  writeFileSync(path.join(dir, "app", "layout.js"), "export default function L({children}){return <html lang=\"en\"><body>{children}</body></html>}\n");
  writeFileSync(path.join(dir, "app", "page.js"), "export default function P(){return <p>bare</p>}\n");
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
  return (await bareApp("bare", 0)).dir;
}

/** The same number of pages as our build, each trivial: Next's own cost per page. */
async function buildFloor(pages: number): Promise<RunResult> {
  return (await bareApp("floor", pages)).result;
}

async function measurePages(distDir: string): Promise<void> {
  const port = 3391;
  const origin = `http://127.0.0.1:${port}`;
  const server = startNext(ROOT, port, { NEXT_DIST_DIR: distDir });
  try {
    await waitForHttp(origin + "/", 60_000);
    const home = await fetch(origin + "/").then((r) => r.text());
    const postPath = /href="(\/posts\/[^"/]+\/)"/.exec(home)?.[1] ?? "/posts/synthetic-00001/";
    const post = await fetch(origin + postPath).then((r) => r.text());
    const tagPath = /href="(\/tags\/[^"/]+\/)"/.exec(post)?.[1] ?? "/tags/openai/";
    const pages: [string, string][] = [["home", "/"], ["post", postPath], ["tag", tagPath], ["search", "/search/"]];
    const weights = new Map<string, Awaited<ReturnType<typeof pageWeight>>>();
    for (const [name, p] of pages) {
      const w = await pageWeight(origin, p);
      weights.set(name, w);
      row(`page ${name} (${decodeURIComponent(p)})`, w.status === 200 ? `HTML ${kb(w.htmlGzip)} gz` : `HTTP ${w.status}`, `first-load JS ${kb(w.jsGzip)} gz`, `${w.scripts.length} scripts`);
    }

    const barePort = 3392;
    const bareDir = await buildBare();
    const bare = startNext(bareDir, barePort, {});
    try {
      await waitForHttp(`http://127.0.0.1:${barePort}/`, 60_000);
      const b = await pageWeight(`http://127.0.0.1:${barePort}`, "/");
      row("bare Next.js page (same version)", `HTML ${kb(b.htmlGzip)} gz`, `first-load JS ${kb(b.jsGzip)} gz`, `${b.scripts.length} scripts`);
      const postJs = weights.get("post")!.jsGzip;
      budget("post page: own client JS <= 10 kB gzip beyond a bare Next.js page", postJs - b.jsGzip <= 10 * 1024, `${kb(postJs - b.jsGzip)} (post ${kb(postJs)}, bare ${kb(b.jsGzip)})`);
      budget("post page: total first-load JS < 140 kB gzip", postJs < 140 * 1024, kb(postJs));
    } finally {
      stop(bare);
    }

    if (doLighthouse) {
      for (const [name, p] of pages.slice(0, 3)) {
        const lh: LighthouseResult | string = await lighthouse(origin + p);
        if (typeof lh === "string") {
          row(`lighthouse ${name}`, lh, "", "");
          budget(`Lighthouse 100 x4 on ${name}`, false, lh);
          continue;
        }
        row(`lighthouse ${name} (mobile)`, `perf ${lh.performance} a11y ${lh.accessibility} bp ${lh.bestPractices} seo ${lh.seo}`, `LCP ${lh.lcpMs} ms TBT ${lh.tbtMs} ms`, `CLS ${lh.cls}`);
        const all = [lh.performance, lh.accessibility, lh.bestPractices, lh.seo];
        budget(`Lighthouse 100 on all four categories, ${name}`, all.every((x) => x === 100), all.join("/"));
        budget(`CLS 0 on ${name}`, lh.cls === 0, String(lh.cls));
      }
    }

    const html = path.join(ROOT, distDir, "server", "app", "posts", `${decodeURIComponent(postPath.split("/")[2])}.html`);
    await throughput(origin + postPath, 500); // warm-up
    const t = await throughput(origin + postPath, 5000);
    row("next start, post page (50 conns, 5,000 req)", `${t.rps} req/s`, `p99 ${t.p99} ms`, `errors ${t.errors}, non-2xx ${t.non2xx}`);
    if (existsSync(html)) {
      const st = await startStatic(html, 3393);
      try {
        await throughput("http://127.0.0.1:3393/", 500);
        const b = await throughput("http://127.0.0.1:3393/", 5000);
        row("static file server, same HTML", `${b.rps} req/s`, `p99 ${b.p99} ms`, `next/static ratio ${(t.rps / b.rps).toFixed(2)}`);
      } finally {
        st.kill();
      }
    } else row("static file server", `prerendered HTML not found at ${path.relative(ROOT, html)}`, "", "");
  } finally {
    stop(server);
  }
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  if (sizes.some((n) => n <= 1000)) await ensureHugo();
  let pagesDist = "";
  for (const n of sizes) {
    const dist = await buildBench(n);
    if (n <= 1000) pagesDist = dist;
  }
  if (doPages && pagesDist) await measurePages(pagesDist);

  console.log("\n| measure | value | value | note |\n|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log("\nBudgets:");
  for (const b of budgets) console.log(`  ${b}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
