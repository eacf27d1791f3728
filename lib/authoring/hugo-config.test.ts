import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../config/site-config";
import { importedConfig, readHugoConfig, updatedSiteConfig } from "./hugo-config";

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hugo-config-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const FIXTURE = path.join(process.cwd(), "e2e", "fixtures", "hugo-site");

describe("reading a Hugo configuration", () => {
  it("merges hugo.toml with config/_default/*.yaml (params.yaml is params, menus.yaml is menus) and data/menu.yml", () => {
    const { config, warnings } = importedConfig(readHugoConfig(FIXTURE));
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      title: "Hugo 固定測試站",
      description: "Hugo 匯入與網址對照的固定測試站。",
      baseURL: "https://hugo-fixture.example.com",
      languageCode: "zh-Hant-TW",
      pageSize: 5,
      buildFuture: false,
      buildDrafts: false,
      menus: {
        // [[menu.main]] by weight (pageRef "/about" -> /about/), then data/menu.yml's list.
        main: [
          { name: "首頁", url: "/", weight: 1 },
          { name: "公司", url: "/companies/", weight: 2 },
          { name: "關於", url: "/about/", weight: 3 },
          { name: "指南", url: "/guides/" },
          { name: "人物", url: "/people/" },
        ],
        footer: [
          { name: "關於", url: "/about/", weight: 1 },
          { name: "隱私權", url: "/privacy/", weight: 2 },
        ],
      },
      markup: { unsafeHtml: true },
      analytics: { googleAnalytics: "G-FIXTURE123" },
      verification: { google: "fixture-verification-token" },
    });
  });

  it("reads config.yaml, pagination.pagerSize, services.googleAnalytics.ID, PaperMod's SiteVerificationTag, keys in any case", () => {
    const dir = site({
      "config.yaml": "BaseURL: https://a.example/\nTitle: A\npagination:\n  pagerSize: 12\nservices:\n  googleAnalytics:\n    ID: G-ABCDE12\nparams:\n  analytics:\n    google:\n      SiteVerificationTag: pm-token\nbuildDrafts: true\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: false\nmenu:\n  main:\n    - { name: 文章, pageRef: posts/_index.md }\n",
    });
    const { config } = importedConfig(readHugoConfig(dir));
    expect(config).toMatchObject({ baseURL: "https://a.example", title: "A", pageSize: 12, buildDrafts: true, markup: { unsafeHtml: false }, analytics: { googleAnalytics: "G-ABCDE12" }, verification: { google: "pm-token" } });
    expect(config.menus?.main).toEqual([{ name: "文章", url: "/posts/" }]);
  });

  it("reads config/_default/hugo.toml and params.toml alone, and params.google_site_verification", () => {
    const dir = site({ "config/_default/hugo.toml": 'title = "B"\npaginate = 7\n', "config/_default/params.toml": 'description = "說明"\ngoogle_site_verification = "gsv"\n' });
    const h = readHugoConfig(dir);
    expect(h.files.map((f) => path.relative(dir, f))).toEqual(["config/_default/hugo.toml", "config/_default/params.toml"]);
    expect(importedConfig(h).config).toEqual({ title: "B", pageSize: 7, description: "說明", verification: { google: "gsv" } });
  });

  it("warns about a Universal Analytics id, a menu item without a URL, and reports a file that does not parse with its line", () => {
    const dir = site({ "hugo.toml": 'googleAnalytics = "UA-1-1"\n[[menu.main]]\nname = "x"\n', "config/_default/params.yaml": "a: [\n" });
    const h = readHugoConfig(dir);
    expect(h.problems).toEqual([expect.stringMatching(/params\.yaml:\d+: does not parse: .*\(hint: fix its syntax/)]);
    const { config, warnings } = importedConfig(h);
    expect(config.analytics).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^hugo\.toml: a menu item without url or pageRef/), expect.stringMatching(/"UA-1-1" is not a GA4 measurement id/)]);
  });
});

describe("the posts' old URLs", () => {
  it("takes the posts section's permalink ([permalinks] or Hugo 0.112's [permalinks.page]) and the section name, and writes them where the site validates them", () => {
    const flat = importedConfig(readHugoConfig(site({ "hugo.toml": '[permalinks]\n  post = "/:year/:month/:slug/"\n  tags = "/topic/:slug/"\n' })), "post");
    expect(flat.config.hugo).toEqual({ postsSection: "post", postsPermalink: "/:year/:month/:slug/" });
    expect(flat.warnings).toEqual([expect.stringMatching(/permalinks for tags are not carried over/)]);
    const nested = importedConfig(readHugoConfig(site({ "config.yaml": "permalinks:\n  page:\n    posts: /:year/:slug/\n" })), "posts");
    expect(nested.config.hugo).toEqual({ postsPermalink: "/:year/:slug/" });
    expect(importedConfig(readHugoConfig(site({ "hugo.toml": 'title = "x"\n' })), "posts").config.hugo).toBeUndefined();
    expect(importedConfig(readHugoConfig(site({ "hugo.toml": 'title = "x"\n' })), "post").config.hugo).toEqual({ postsSection: "post" });

    const yaml = updatedSiteConfig("title: 站\nbaseURL: https://a.example\n", flat.config, []);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "site-config-")), "site.config.yaml");
    writeFileSync(file, yaml);
    expect(readSiteConfig(file).config.hugo).toEqual({ postsSection: "post", postsPermalink: "/:year/:month/:slug/" });
  });

  it("leaves out a pattern with a token it cannot fill, saying which; the site refuses one with its line", () => {
    const { config, warnings } = importedConfig(readHugoConfig(site({ "hugo.toml": '[permalinks]\n  post = "/:year/:author/"\n' })), "post");
    expect(config.hugo).toEqual({ postsSection: "post" });
    expect(warnings).toEqual([expect.stringMatching(/permalinks\.post "\/:year\/:author\/" has :author, which is not a Hugo permalink token/)]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "site-config-")), "site.config.yaml");
    writeFileSync(file, 'title: 站\nbaseURL: https://a.example\nhugo:\n  postsPermalink: "/:year/:author/"\n');
    expect(() => readSiteConfig(file)).toThrow(/site\.config\.yaml:4.*hugo.*:author/s);
  });
});

describe("writing site.config.yaml", () => {
  const project = readFileSync(path.join(process.cwd(), "site.config.yaml"), "utf8");
  const { config } = importedConfig(readHugoConfig(FIXTURE));

  it("sets what the import reads and keeps the project's comments, keys and category slugs", () => {
    const out = updatedSiteConfig(project, config, ["AI 技術前沿", "產業 動態"]);
    const data = parse(out);
    expect(data).toMatchObject({ title: "Hugo 固定測試站", pageSize: 5, timeZone: "Asia/Taipei", author: "編輯部", markup: { unsafeHtml: true }, analytics: { googleAnalytics: "G-FIXTURE123" }, verification: { google: "fixture-verification-token" } });
    expect(data.categories).toContainEqual({ name: "AI 技術前沿", slug: "ai-tech" });
    expect(data.categories.at(-1)).toEqual({ name: "產業 動態", slug: "產業-動態" });
    expect(out).toContain("# Display name -> URL slug, in front-page order.");
    expect(out).toContain("  - { name: 首頁, url: /, weight: 1 }");
    // Idempotent: a second import of the same site leaves the text byte for byte.
    expect(updatedSiteConfig(out, config, ["AI 技術前沿", "產業 動態"])).toBe(out);
  });

  it("leaves a file it has nothing to change in untouched, and starts a new one with a comment", () => {
    const odd = "title:   X   # spacing the yaml library would rewrite\nbaseURL: https://x.example\n";
    expect(updatedSiteConfig(odd, { title: "X" }, [])).toBe(odd);
    const fresh = updatedSiteConfig(null, { title: "新站", baseURL: "https://n.example" }, ["AI 技術前沿"]);
    expect(fresh).toMatch(/^# The site configuration, written by npm run import:hugo/);
    expect(parse(fresh)).toEqual({ title: "新站", baseURL: "https://n.example", categories: [{ name: "AI 技術前沿", slug: "ai-技術前沿" }] });
  });
});
