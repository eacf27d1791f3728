import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { loadEntriesIndex } from "../content/entries-index";
import { buildRedirects } from "../views/redirects";
import { formatReport, importHugo, type ImportReport } from "./import-hugo";

const FIXTURE = path.join(process.cwd(), "e2e", "fixtures", "hugo-site");
const BROKEN = path.join(process.cwd(), "lib", "fixtures", "hugo-broken-site");

beforeAll(() => {
  process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
});

function target() {
  const work = mkdtempSync(path.join(tmpdir(), "hugo-site-import-"));
  const config = path.join(work, "site.config.yaml");
  writeFileSync(config, "# kept\ntitle: 舊標題\nbaseURL: http://localhost:3000\ncategories:\n  - { name: AI 技術前沿, slug: ai-tech }\n");
  return { work, content: path.join(work, "content"), pub: path.join(work, "public"), config, reportFile: path.join(work, "import-report.json") };
}
const run = (t: ReturnType<typeof target>, source = FIXTURE, force = false) =>
  importHugo({ source, out: path.join(t.content, "posts"), contentDir: t.content, publicDir: t.pub, configFile: t.config, reportFile: t.reportFile, force });
const counts = (r: ImportReport) => Object.fromEntries(Object.entries(r.sections).map(([k, s]) => [k, [s.converted.length, s.unchanged.length, s.skipped.length, s.failed.length]]));

/** Every file's bytes and mtime under a folder (but the report, which describes the last run), to see that a run wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== "import-report.json") out[path.relative(dir, p)] = `${statSync(p).mtimeMs}:${readFileSync(p).toString("base64")}`;
    }
  };
  walk(dir);
  return out;
}

describe("importing the whole fixture Hugo site", () => {
  it("moves every section, root page, static file and the configuration, with a report per section and a URL map; a second run changes nothing", async () => {
    const t = target();
    const first = await run(t);
    expect(counts(first)).toEqual({
      posts: [15, 0, 0, 0],
      "/": [3, 0, 0, 0],
      companies: [3, 0, 0, 0],
      guides: [3, 0, 0, 0],
      people: [2, 0, 0, 0],
      // cover.png came with the post that uses it; the rest of static/ after.
      static: [1, 1, 0, 0],
      config: [1, 0, 0, 0],
    });
    expect(first.sections.posts.warnings).toEqual([
      expect.stringMatching(/20240102-spotify-forms\.md:23: .*points at Apple Podcasts, not Spotify/),
      expect.stringMatching(/20240104-x-post\.md:14: raw HTML; kept as Hugo Markdown/),
    ]);
    expect(readFileSync(path.join(t.content, "posts", "20240104-x-post.md"), "utf8")).toBe(readFileSync(path.join(FIXTURE, "content/posts/20240104-x-post.md"), "utf8"));
    expect(readFileSync(path.join(t.content, "guides", "_index.md"), "utf8")).toBe(readFileSync(path.join(FIXTURE, "content/guides/_index.md"), "utf8"));
    expect(readFileSync(path.join(t.pub, "images/hugo-site/notes.txt"), "utf8")).toBe("hugo fixture static file\n");
    const config = readFileSync(t.config, "utf8");
    expect(config).toMatch(/^# kept\ntitle: Hugo 固定測試站\n/);
    expect(config).toContain("- { name: AI 技術前沿, slug: ai-tech }");
    expect(config).toContain("- { name: 產業 動態, slug: 產業-動態 }");

    const moved = Object.fromEntries(first.urlMap.filter((u) => u.from !== u.to).map((u) => [u.from, u.to]));
    expect(moved).toEqual({
      "/2024/01/01/youtube-forms/": "/posts/20240101-youtube-forms/",
      "/old/youtube.html": "/posts/20240101-youtube-forms/",
      "/posts/spotify-old/": "/posts/20240102-spotify-forms/",
      "/posts/bundle-old/": "/posts/bundle-post/",
      "/about-us/": "/about/",
      "/company/openai/": "/companies/openai/",
      "/start/": "/guides/getting-started/",
      "/guides/old-start/": "/guides/getting-started/",
      "/categories/ai-技術前沿/": "/categories/ai-tech/",
      "/tags/ai/ml/": "/tags/ai-ml/",
    });
    expect(first.urlMap).toContainEqual({ from: "/companies/openai/", to: "/companies/openai/" });
    const text = formatReport(first);
    expect(text).toContain("== guides: 3 converted, 0 unchanged, 0 skipped, 0 failed, 0 warnings");
    expect(text).toMatch(/URLs: \d+ kept, 10 redirected\n {2}\/2024\/01\/01\/youtube-forms\/\s+->\s+\/posts\/20240101-youtube-forms\//);
    const json = JSON.parse(readFileSync(t.reportFile, "utf8"));
    expect(json.urlMap).toEqual(first.urlMap);
    expect(Object.keys(json.sections)).toEqual(Object.keys(first.sections));

    // The report describes the last run (its counts change); nothing else may be written again.
    const before = snapshot(t.work);
    const second = await run(t);
    expect(counts(second)).toEqual({ posts: [0, 15, 0, 0], "/": [0, 3, 0, 0], companies: [0, 3, 0, 0], guides: [0, 3, 0, 0], people: [0, 2, 0, 0], static: [0, 2, 0, 0], config: [0, 1, 0, 0] });
    expect(snapshot(t.work)).toEqual(before);
    expect(JSON.parse(readFileSync(t.reportFile, "utf8")).sections.guides.unchanged).toHaveLength(3);
  }, 60_000);

  it("gives the same pages, titles and redirects as the site dropped in unchanged", async () => {
    const t = target();
    await run(t);
    const now = new Date("2030-01-01");
    const pages = (content: string) => {
      const posts = loadContentIndex({ dir: path.join(content, "posts"), includeDrafts: false, now }).posts;
      const entries = loadEntriesIndex({ dir: content, includeDrafts: false });
      return {
        posts: posts.map((p) => [p.slug, p.title, p.tags.join(","), p.categories.join(",")]).sort(),
        entries: [...entries.byHref.values()].map((d) => [d.href, d.title]).sort(),
        claims: [...entries.claims.keys()].sort(),
        redirects: [...buildRedirects({ posts, entries }).values()].map((r) => [r.from, r.to]).sort(),
      };
    };
    const dropIn = pages(path.join(FIXTURE, "content"));
    expect(dropIn.posts).toHaveLength(14);
    expect(dropIn.redirects.length).toBeGreaterThan(8);
    expect(pages(t.content)).toEqual(dropIn);
  }, 60_000);
});

describe("importing a site with broken files", () => {
  it("reports each failure with file:line and reason in its section, writes the rest, and never overwrites a different static file", async () => {
    const t = target();
    mkdirSync(path.join(t.pub, "images"), { recursive: true });
    writeFileSync(path.join(t.pub, "images/clash.txt"), "ours\n");
    const report = await run(t, BROKEN);
    expect(report.sections.posts.converted.map((f) => path.basename(f))).toEqual(["good.mdx", "html-bundle.md"]);
    // A bundle kept as .md (raw HTML) has its relative images pointed at where they were copied.
    expect(readFileSync(path.join(t.content, "posts", "html-bundle.md"), "utf8")).toContain("![圖](/images/posts/html-bundle/pic.png)");
    expect(readFileSync(path.join(t.pub, "images/posts/html-bundle/pic.png")).length).toBeGreaterThan(0);
    expect(report.sections.posts.failed.map((f) => `${path.basename(f.file)} ${f.reason}`).sort()).toEqual([
      expect.stringMatching(/^bad-apple\.md:8 .*invalid Apple Podcasts path.*not-an-id.*\(hint: write \{\{< apple-podcast/),
      expect.stringMatching(/^bad-spotify\.md:6 .*invalid Spotify id "short"/),
    ]);
    expect(report.sections.companies.failed).toEqual([{ file: expect.stringMatching(/companies\/broken\.md:\d+$/), reason: expect.stringMatching(/\S/) }]);
    expect(report.sections.companies.converted.map((f) => path.basename(f))).toEqual(["fine.md"]);
    expect(report.sections.static.skipped).toEqual([{ file: path.join(t.pub, "images/clash.txt"), reason: expect.stringMatching(/exists and differs .*not overwritten \(use --force\)/) }]);
    expect(readFileSync(path.join(t.pub, "images/clash.txt"), "utf8")).toBe("ours\n");
    // A UA- id is not carried over (warned); PaperMod's verification tag is.
    expect(report.sections.config.warnings).toEqual([expect.stringMatching(/"UA-12345-1" is not a GA4 measurement id/)]);
    expect(readFileSync(t.config, "utf8")).toContain("google: papermod-token");
    expect(formatReport(report)).toMatch(/== companies: 1 converted, 0 unchanged, 0 skipped, 1 failed/);
    const forced = await run(t, BROKEN, true);
    expect(forced.sections.static.converted).toEqual([path.join(t.pub, "images/clash.txt")]);
  }, 60_000);
});

describe("a Hugo site with its posts in content/post/ and a permalink pattern", () => {
  it("keeps every post URL of Hugo's own build answering: the import writes the section and pattern, the redirects answer each", async () => {
    const hugoSite = mkdtempSync(path.join(tmpdir(), "hugo-permalink-site-"));
    writeFileSync(path.join(hugoSite, "hugo.toml"), 'baseURL = "https://old.example.com/"\ntitle = "舊站"\ntimeZone = "Asia/Taipei"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "taxonomy", "term"]\n[permalinks]\n  post = "/:year/:month/:day/:title/"\n');
    mkdirSync(path.join(hugoSite, "layouts", "_default"), { recursive: true });
    writeFileSync(path.join(hugoSite, "layouts", "_default", "single.html"), "{{ .Title }}");
    writeFileSync(path.join(hugoSite, "layouts", "_default", "list.html"), "{{ range .Pages }}{{ .Title }}{{ end }}");
    writeFileSync(path.join(hugoSite, "layouts", "index.html"), "home");
    mkdirSync(path.join(hugoSite, "content", "post", "bundle"), { recursive: true });
    const titles = ["AI 企業大戰：OpenAI 急起直追", "C++ 與 Rust / 效能", "年底的最後一篇", "Second Post"];
    titles.forEach((title, i) => writeFileSync(path.join(hugoSite, "content", "post", `p${i}.md`), `---\ntitle: "${title}"\ndate: 2024-12-3${i % 2}T23:${10 + i}:00+08:00\n---\n\n內文 ${i}。\n`));
    writeFileSync(path.join(hugoSite, "content", "post", "bundle", "index.md"), '---\ntitle: "束包"\nslug: "Bundle-Slug"\ndate: 2025-01-01T00:05:00+08:00\n---\n\n內文。\n');
    const { execFileSync } = await import("node:child_process");
    execFileSync("hugo", ["--source", hugoSite, "--destination", path.join(hugoSite, "public"), "--quiet"]);
    const { hugoHtmlPaths } = await import("./parity");
    const hugoPaths = hugoHtmlPaths(path.join(hugoSite, "public")).filter((p) => p !== "/");

    const t = target();
    const report = await run(t, hugoSite);
    expect(report.sections.posts.failed).toEqual([]);
    const { readSiteConfig } = await import("../config/site-config");
    const { hugo } = readSiteConfig(t.config).config;
    expect(hugo).toEqual({ postsSection: "post", postsPermalink: "/:year/:month/:day/:title/" });

    const posts = loadContentIndex({ dir: path.join(t.content, "posts"), includeDrafts: false, now: new Date("2030-01-01") }).posts;
    const map = buildRedirects({ posts, entries: loadEntriesIndex({ dir: t.content, includeDrafts: false }), hugo });
    const answered = hugoPaths.map((p) => [decodeURIComponent(p), map.get(decodeURIComponent(p))?.to ?? "(404)"]);
    expect(Object.fromEntries(answered)).toEqual({
      "/post/": "/posts/",
      "/2024/12/30/ai-企業大戰openai-急起直追/": "/posts/p0/",
      "/2024/12/31/c-與-rust-/-效能/": "/posts/p1/",
      "/2024/12/30/年底的最後一篇/": "/posts/p2/",
      "/2024/12/31/second-post/": "/posts/p3/",
      "/2025/01/01/束包/": "/posts/Bundle-Slug/",
    });
    // The report's URL map says the same.
    for (const [from, to] of answered) expect(report.urlMap, from).toContainEqual({ from, to: decodeURIComponent(to) });
  }, 60_000);
});
