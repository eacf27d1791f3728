import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { loadEntriesIndex } from "../content/entries-index";
import { hugoUrlize } from "../taxonomy/slugs";
import { aliasPath, buildRedirects, redirectKey } from "./redirects";

const SITE = path.join(process.cwd(), "e2e", "fixtures", "hugo-site", "content");
const posts = loadContentIndex({ dir: path.join(SITE, "posts"), includeDrafts: false, now: new Date("2030-01-01") }).posts;
const entries = loadEntriesIndex({ dir: SITE, includeDrafts: false });
const map = buildRedirects({ posts, entries });
const to = (from: string) => map.get(from)?.to;

describe("Hugo's urlize", () => {
  it("gives the URL segment Hugo 0.111's build gives each term (checked against its public/)", () => {
    const cases: Array<[string, string]> = [
      ["AI 技術前沿", "ai-技術前沿"],
      ["C++ 與 Rust", "c++-與-rust"],
      ["AI/ML", "ai/ml"],
      ["企業AI", "企業ai"],
      ["a - b", "a-b"],
      ["a--b", "a--b"],
      ["x!y", "xy"],
      ["100%", "100"],
      ["Ünï Çode", "ünï-çode"],
      ["c#", "c#"],
      ["a@b", "a@b"],
    ];
    for (const [name, slug] of cases) expect(hugoUrlize(name), name).toBe(slug);
  });
});

describe("alias paths", () => {
  it("resolves relative aliases against the page's folder, keeps file names, decodes, refuses other schemes", () => {
    expect(aliasPath("/2024/01/01/x", "/posts/")).toBe("/2024/01/01/x/");
    expect(aliasPath("old-start", "/guides/")).toBe("/guides/old-start/");
    expect(aliasPath("/old/youtube.html", "/posts/")).toBe("/old/youtube.html");
    expect(aliasPath("/%E8%88%8A/", "/")).toBe("/舊/");
    expect(aliasPath("https://old.example.com/a/b/", "/")).toBe("/a/b/");
    expect(aliasPath("javascript:alert(1)", "/")).toBeNull();
    expect(aliasPath("/a/../b/", "/")).toBeNull();
    expect(aliasPath("", "/")).toBeNull();
    expect(redirectKey("//a//b")).toBe("/a/b/");
  });
});

describe("the fixture Hugo site's redirects", () => {
  it("sends aliases of posts, bundles, pages and entries to their pages", () => {
    expect(to("/2024/01/01/youtube-forms/")).toBe("/posts/20240101-youtube-forms/");
    expect(to("/old/youtube.html")).toBe("/posts/20240101-youtube-forms/");
    expect(to("/posts/spotify-old/")).toBe("/posts/20240102-spotify-forms/");
    expect(to("/posts/bundle-old/")).toBe("/posts/bundle-post/");
    expect(to("/about-us/")).toBe("/about/");
    expect(to("/company/openai/")).toBe("/companies/openai/");
    expect(to("/start/")).toBe("/guides/getting-started/");
    expect(to("/guides/old-start/")).toBe("/guides/getting-started/");
    expect(map.get("/start/")?.file).toMatch(/guides\/getting-started\.md$/);
  });

  it("sends Hugo's urlized category names (and their pages) to the configured slug, encoded", () => {
    // site.config.yaml maps AI 技術前沿 to ai-tech and Podcast 筆記 to podcast-notes; unmapped names urlize as Hugo does and need nothing.
    expect(to("/categories/ai-技術前沿/")).toBe("/categories/ai-tech/");
    expect(to("/categories/podcast-筆記/")).toBe("/categories/podcast-notes/");
    expect(map.has("/categories/產業-動態/")).toBe(false);
  });

  it("sends Hugo's tag URLs that differ from ours to the tag, never shadowing a real tag", () => {
    expect(to("/tags/ai/ml/")).toBe("/tags/ai-ml/");
    // A spelling variant's page 1 is the tag route's own redirect; only what the tag route cannot answer is here.
    expect(map.has("/tags/企業ai/")).toBe(false);
    expect(map.has("/tags/openai/")).toBe(false);
    expect([...map.keys()].some((k) => k.endsWith("/page/1/"))).toBe(false);
  });

  it("gives Hugo's list pages of a renamed term when there are more than one", () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...posts[0], slug: `p${i}`, aliases: [], categories: ["AI 技術前沿"], tags: ["AI/ML"] }));
    const big = buildRedirects({ posts: many, entries });
    expect(big.get("/categories/ai-技術前沿/page/3/")?.to).toBe("/categories/ai-tech/page/3/");
    expect(big.has("/categories/ai-技術前沿/page/4/")).toBe(false);
    expect(big.get("/tags/ai/ml/page/2/")?.to).toBe("/tags/ai-ml/page/2/");
  });

  it("never redirects a path that is a page of the site", () => {
    const clash = buildRedirects({ posts: [{ ...posts[0], aliases: ["/about/", "/posts/20240102-spotify-forms/", "/tags/"] }], entries });
    expect(clash.has("/about/")).toBe(false);
    expect(clash.has("/tags/")).toBe(false);
  });
});

describe("the routes' lookup", () => {
  it("answers route segments as Next passes them (percent-encoded or not) ", async () => {
    const prev = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = SITE;
    try {
      const { redirectFor } = await import("./redirects");
      expect(redirectFor(["categories", encodeURIComponent("ai-技術前沿")])).toBe("/categories/ai-tech/");
      expect(redirectFor(["categories", "ai-技術前沿"])).toBe("/categories/ai-tech/");
      expect(redirectFor(["old", "youtube.html"])).toBe("/posts/20240101-youtube-forms/");
      expect(redirectFor(["categories", "%E0%A4%A"])).toBeNull();
      expect(redirectFor(["no-such-alias"])).toBeNull();
      expect(redirectFor(["start"])).not.toBeNull();
      expect(redirectFor(["posts", "spotify-old"])).not.toBeNull();
      expect(redirectFor(["tags", "ai", "ml"])).not.toBeNull();
      expect(redirectFor(["2024", "01", "01", "youtube-forms"])).not.toBeNull();
      expect(redirectFor(["guides", "old-start"])).not.toBeNull();
    } finally {
      if (prev === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = prev;
    }
  });
});

describe("a Hugo site's post URLs (site.config.yaml hugo: postsSection, postsPermalink)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "hugo-post-urls-"));
  // More posts than two pages of the default page size (20), dated a day apart from 2024-01-01 (Taipei).
  for (let i = 0; i < 45; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    const slug = i === 0 ? 'slug: "Own-Slug"\n' : "";
    const url = i === 1 ? 'url: "/archive/legacy-one/"\n' : "";
    writeFileSync(path.join(dir, `p${String(i).padStart(2, "0")}.md`), `---\ntitle: "文章 ${i}"\ndate: ${day}T09:00:00+08:00\n${slug}${url}---\n\n內文。\n`);
  }
  const generated = loadContentIndex({ dir, includeDrafts: false, now: new Date("2030-01-01") }).posts;
  const noEntries = loadEntriesIndex({ dir: path.join(dir, "no-such-site"), includeDrafts: false });

  it("sends each post's Hugo permalink, and the old section's list pages, to ours", () => {
    const m = buildRedirects({ posts: generated, entries: noEntries, hugo: { postsSection: "post", postsPermalink: "/:year/:month/:slug/" } });
    // :slug is the front matter's slug (urlized: lower case), else the title.
    expect(m.get("/2024/01/own-slug/")?.to).toBe("/posts/Own-Slug/");
    expect(m.get("/2024/01/文章-2/")?.to).toBe("/posts/p02/");
    expect(m.get("/2024/02/文章-44/")?.to).toBe("/posts/p44/");
    expect(m.get("/post/")?.to).toBe("/posts/");
    expect(m.get("/post/page/2/")?.to).toBe("/posts/page/2/");
    expect(m.get("/post/page/3/")?.to).toBe("/posts/page/3/");
    expect(m.has("/post/page/4/")).toBe(false);
    // Hugo's url: in a post is its whole old URL.
    expect(m.get("/archive/legacy-one/")?.to).toBe("/posts/p01/");
  });

  it("with only the section, Hugo's default: /<section>/<slug or file name>/", () => {
    const m = buildRedirects({ posts: generated, entries: noEntries, hugo: { postsSection: "post" } });
    expect(m.get("/post/p03/")?.to).toBe("/posts/p03/");
    expect(m.get("/post/own-slug/")?.to).toBe("/posts/Own-Slug/");
  });

  it("adds nothing for a site that had its posts at /posts/<slug>/", () => {
    const m = buildRedirects({ posts: generated, entries: noEntries, hugo: {} });
    expect([...m.keys()].filter((k) => /^\/(post|20\d\d)\//.test(k))).toEqual([]);
  });
});

describe("old URLs that cannot redirect", () => {
  it("are warnings naming the file, the field and its line: a page's URL, or a URL another file claimed first", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "alias-conflicts-"));
    writeFileSync(path.join(dir, "a.md"), '---\ntitle: "甲"\ndate: 2024-01-02T09:00:00+08:00\naliases: ["/about/", "/shared-old/", "/posts/a/"]\n---\n\n內文。\n');
    writeFileSync(path.join(dir, "b.md"), '---\ntitle: "乙"\ndate: 2024-01-01T09:00:00+08:00\ntags: [x]\naliases:\n  - /shared-old/\nurl: /about/\n---\n\n內文。\n');
    const own = loadContentIndex({ dir, includeDrafts: false, now: new Date("2030-01-01") }).posts;
    const problems: import("../content/errors").Diagnostic[] = [];
    const m = buildRedirects({ posts: own, entries, hugo: {} }, problems);
    expect(m.get("/shared-old/")?.to).toBe("/posts/a/");
    expect(problems.map((d) => [path.basename(d.file), d.line, d.field, d.message])).toEqual([
      ["a.md", 4, "aliases", "/about/ is a page of this site; it does not redirect to /posts/a/"],
      ["b.md", 5, "aliases", expect.stringMatching(/^\/shared-old\/ already redirects to \/posts\/a\/ \(.*a\.md\); it does not redirect to \/posts\/b\/$/)],
      ["b.md", 7, "url", "/about/ is a page of this site; it does not redirect to /posts/b/"],
    ]);
  });
});
