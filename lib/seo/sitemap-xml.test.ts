import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { loadEntriesIndex } from "../content/entries-index";
import { contentFolder, post } from "../test-helpers";
import { pagesSitemapXml, robotsTxt, sitemapIndexXml } from "./sitemap-xml";

describe("sitemaps from the content index", () => {
  const dir = contentFolder({
    "posts/a.md": post({ title: "A", date: "2026-01-02T10:00:00+08:00", tags: '["企業 AI"]' }),
    "posts/draft.md": post({ title: "D", date: "2026-01-03T10:00:00+08:00", draft: "true" }),
    "posts/later.md": post({ title: "L", date: "2099-01-03T10:00:00+08:00" }),
    "companies/_index.md": post({ title: "公司" }),
    "companies/openai.md": post({ title: "OpenAI" }),
  });
  const { posts } = loadContentIndex({ dir: path.join(dir, "posts"), includeDrafts: false, buildFuture: false });
  const xml = pagesSitemapXml(posts, loadEntriesIndex({ dir, includeDrafts: false }));

  it("lists every published post, tag, list and entry, valid XML, no drafts or future posts", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const loc of ["/posts/a/", "/tags/%E4%BC%81%E6%A5%AD-ai/", "/posts/", "/companies/openai/", "/archives/"]) expect(xml).toContain(`${loc}</loc>`);
    expect(xml).not.toContain("/posts/draft/");
    expect(xml).not.toContain("/posts/later/");
    expect(xml).not.toMatch(/index\.xml|healthz|reading-list/);
  });

  it("the index names the pages sitemap and the news sitemap; robots.txt names both", () => {
    expect(XMLValidator.validate(sitemapIndexXml())).toBe(true);
    expect(sitemapIndexXml()).toMatch(/sitemap-0\.xml<\/loc>[\s\S]*news-sitemap\.xml<\/loc>/);
    expect(robotsTxt()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(robotsTxt()).toMatch(/^Sitemap: https?:\/\/\S+\/news-sitemap\.xml$/m);
  });
});
