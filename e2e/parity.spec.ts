/**
 * URL parity in CI: Hugo (0.111, /usr/bin/hugo) builds the fixture site
 * e2e/fixtures/hugo-site; `npm run import:hugo` moves it (content, static/, config into a
 * copy of e2e/fixtures/hugo-site.config.yaml, whose category slugs it keeps) into a
 * temporary folder; we build that in our own dist dir (.next-parity;
 * E2E_PARITY_SKIP_BUILD=1 reuses it) and serve it (that the drop-in gives the same pages
 * is lib/authoring/import-hugo.test.ts); every HTML URL of Hugo's build (alias pages
 * and page/1/ included) must answer 200 here, directly or through redirects.
 *
 * The fixture's config also turns GA4 on (googleAnalytics) and names a Search Console
 * token (params.googleSiteVerification), so this is the production build with analytics
 * configured: its pages are checked in Chromium for the CSP, the meta tag, and no console
 * error while the analytics host cannot be reached (CI is offline).
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkParity, formatParity, hugoHtmlPaths } from "../lib/authoring/parity";
import { ANALYTICS_REACH_PATH } from "../lib/http/routes";

const ROOT = process.cwd();
const SITE = path.join(ROOT, "e2e", "fixtures", "hugo-site");
const PORT = Number(process.env.E2E_PARITY_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;

let work: string;
let server: ChildProcess | undefined;
let env: NodeJS.ProcessEnv;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  work = mkdtempSync(path.join(tmpdir(), "parity-"));
  // Hugo writes its lock file and resources/ into the source: build a copy, leave the fixture as it is.
  cpSync(SITE, path.join(work, "hugo-source"), { recursive: true });
  execFileSync("hugo", ["--source", path.join(work, "hugo-source"), "--destination", path.join(work, "hugo-public"), "--quiet"], { stdio: "inherit" });
  const config = path.join(work, "site.config.yaml");
  cpSync(path.join(ROOT, "e2e", "fixtures", "hugo-site.config.yaml"), config);
  const imported = ["--content", path.join(work, "content"), "--public", path.join(work, "public"), "--config", config, "--report", path.join(work, "import-report.json")];
  execFileSync("npx", ["tsx", "scripts/import-hugo.ts", SITE, ...imported], { stdio: "inherit" });
  env = {
    ...process.env,
    CONTENT_DIR: path.join(work, "content"),
    PUBLIC_DIR: path.join(work, "public"),
    SITE_CONFIG: config,
    NEXT_DIST_DIR: ".next-parity",
    NEXT_TELEMETRY_DISABLED: "1",
    BLOG_QUIET: "1",
  };
  if (process.env.E2E_PARITY_SKIP_BUILD !== "1") execFileSync("npx", ["next", "build"], { env, stdio: "inherit" });
  server = spawn(process.execPath, ["scripts/start.mjs", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "inherit", detached: true });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${BASE}/healthz/`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the parity build did not answer on ${BASE}/healthz/`);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  if (work) rmSync(work, { recursive: true, force: true });
});

test("every URL of Hugo's build of the fixture answers 200 here", async () => {
  test.setTimeout(120_000);
  const paths = hugoHtmlPaths(path.join(work, "hugo-public"));
  // The fixture has sections, root pages, aliases, CJK categories, tag variants and three list pages.
  expect(paths.length).toBeGreaterThan(60);
  const report = await checkParity(paths, BASE);
  console.log(formatParity(report));
  // Both sites page by 5 (paginate = 5, pageSize: 5), so not even a pagination page may miss.
  expect(report.sections.flatMap((s) => [...s.misses, ...s.paginationMisses])).toEqual([]);
  expect(report.ok).toBe(report.total);
});

test("Hugo's old URLs are permanent redirects to our pages, not copies", async () => {
  const cases: Array<[string, string]> = [
    ["/2024/01/01/youtube-forms/", "/posts/20240101-youtube-forms/"],
    ["/old/youtube.html", "/posts/20240101-youtube-forms/"],
    ["/guides/old-start/", "/guides/getting-started/"],
    [`/categories/${encodeURIComponent("ai-技術前沿")}/`, "/categories/ai-tech/"],
    [`/categories/${encodeURIComponent("ai-技術前沿")}/page/2/`, "/categories/ai-tech/page/2/"],
    ["/tags/ai/ml/", "/tags/ai-ml/"],
    ["/page/1/", "/"],
    ["/posts/page/1/", "/posts/"],
    [`/tags/${encodeURIComponent("c++-與-rust")}/page/1/`, `/tags/${encodeURIComponent("c++-與-rust")}/`],
    ["/guides/page/1/", "/guides/"],
  ];
  for (const [from, to] of cases) {
    const res = await fetch(BASE + from, { redirect: "manual" });
    expect(res.status, from).toBe(308);
    expect(new URL(res.headers.get("location") ?? "", BASE).pathname.toLowerCase(), from).toBe(to.toLowerCase());
  }
  expect((await fetch(`${BASE}/no-such-alias/`)).status).toBe(404);
});

const GA_HOST = "https://www.googletagmanager.com";

test("GA4 from the imported config: exactly its CSP hosts, the verification meta, the tag after load, and no console error when its host cannot be reached", async ({ page }) => {
  test.setTimeout(60_000);
  // What the server says it reaches: offline (CI) nothing, so no tag; online the tag loads.
  const reach = (await (await fetch(BASE + ANALYTICS_REACH_PATH)).json()) as { reachable: string[] };
  const online = reach.reachable.includes(GA_HOST);
  const problems: string[] = [];
  const analyticsRequests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => {
    if (/googletagmanager|google-analytics|analytics\.google/.test(r.url())) analyticsRequests.push(r.url());
  });
  // The Log domain too: network errors ("Failed to load resource") are reported there.
  const cdp = await page.context().newCDPSession(page);
  cdp.on("Log.entryAdded", ({ entry }) => {
    if (entry.level === "error" || entry.level === "warning") problems.push(`Log.${entry.level}: ${entry.text} ${entry.url ?? ""}`);
  });
  await cdp.send("Log.enable");

  for (const pathname of ["/", "/posts/20240105-news-05/"]) {
    const asked = page.waitForResponse((r) => new URL(r.url()).pathname === ANALYTICS_REACH_PATH);
    const res = await page.goto(BASE + pathname);
    expect(res?.status(), pathname).toBe(200);
    const csp = (res?.headers()["content-security-policy"] ?? "").split("; ");
    expect(csp.find((d) => d.startsWith("script-src ")), pathname).toBe(`script-src 'self' 'unsafe-inline' ${GA_HOST}`);
    expect(csp.find((d) => d.startsWith("connect-src ")), pathname).toBe(`connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com ${GA_HOST}`);
    await expect(page.locator('meta[name="google-site-verification"]')).toHaveAttribute("content", "fixture-verification-token");
    const answer = await asked;
    expect((await answer.json()) as unknown, pathname).toEqual(reach);
    // Kept by the browser a few minutes, never by a CDN, and no build ETag that would freeze it.
    expect(answer.headers()["cache-control"]).toBe("private, max-age=300");
    expect(answer.headers().etag).toBeUndefined();
    // Asked after the load event (the loader waits for load and idle), and gtag is set up with the imported id.
    const timing = await page.evaluate((p) => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const ask = performance.getEntriesByType("resource").find((e) => e.name.endsWith(p));
      return { loadEnd: nav.loadEventEnd, askedAt: ask?.startTime ?? -1, dataLayer: JSON.stringify((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? null) };
    }, ANALYTICS_REACH_PATH);
    expect(timing.askedAt, pathname).toBeGreaterThanOrEqual(timing.loadEnd);
    expect(timing.dataLayer, pathname).toContain("G-FIXTURE123");
    // A few seconds for anything late (a tag, its hits, a failed load) to show up.
    await page.waitForTimeout(3000);
    expect(await page.locator(`script[src^="${GA_HOST}/"]`).count(), pathname).toBe(online ? 1 : 0);
  }
  expect(problems).toEqual([]);
  if (!online) expect(analyticsRequests).toEqual([]);
});
