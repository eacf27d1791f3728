import { describe, expect, it } from "vitest";
import { selectFrontPage } from "./front-page";
import { sourceKey } from "../taxonomy/sources";
import { loadContentIndex } from "../content/content-index";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");
const CATEGORIES = ["AI 產業動態", "AI 技術前沿", "Podcast 筆記", "政策與倫理"];
const SMALL = { heroCount: 2, headlineCount: 3, sectionSize: 2 };

interface Fixture {
  date: string;
  category?: string;
  source?: string;
  lastmod?: string;
}

function index(fixtures: Record<string, Fixture>) {
  const files: Record<string, string> = {};
  for (const [slug, f] of Object.entries(fixtures)) {
    const fields: Record<string, string> = { title: `"${slug}"`, date: f.date };
    if (f.category) fields.categories = `["${f.category}"]`;
    if (f.source) fields.source_url = `"${f.source}"`;
    if (f.lastmod) fields.lastmod = f.lastmod;
    files[`${slug}.md`] = post(fields);
  }
  const idx = loadContentIndex({ dir: postsFolder(files), now: NOW, includeDrafts: false, buildFuture: false });
  expect(idx.diagnostics).toEqual([]);
  return idx.posts;
}

const slugs = (list: { slug: string }[]) => list.map((p) => p.slug);

// Several posts share a timestamp and several share a source, as on the real site.
const SAME = "2026-03-01T09:00:00+08:00";
const FIXTURES: Record<string, Fixture> = {
  "p10-c": { date: SAME, category: "AI 技術前沿", source: "https://example.com/a" },
  "p10-a": { date: SAME, category: "AI 產業動態", source: "https://example.com/a" },
  "p10-b": { date: SAME, category: "AI 產業動態" },
  "p09": { date: "2026-02-28T09:00:00+08:00", category: "AI 產業動態", source: "https://www.example.com/a/?utm_source=x#top" },
  "p08": { date: "2026-02-27T09:00:00+08:00", category: "Podcast 筆記", source: "https://example.com/b" },
  "p07": { date: "2026-02-26T09:00:00+08:00", category: "AI 產業動態", source: "https://example.com/b" },
  "p06": { date: "2026-02-25T09:00:00+08:00", category: "AI 產業動態" },
  "p05": { date: "2026-02-24T09:00:00+08:00", category: "未設定的分類" },
  "p04": { date: "2026-02-23T09:00:00+08:00", category: "AI 技術前沿", lastmod: "2026-03-05T18:30:00+08:00" },
  "p03": { date: "2026-02-22T09:00:00+08:00" },
};

describe("sourceKey", () => {
  it("treats scheme, www., trailing slash, fragment and tracking parameters as the same source", () => {
    const k = (url: string) => sourceKey({ slug: "x", sourceUrl: url });
    expect(k("https://www.example.com/a/?utm_source=x#top")).toBe(k("http://example.com/a"));
    expect(k("https://example.com/watch?v=1&utm_medium=y")).toBe(k("https://example.com/watch?v=1"));
    expect(k("https://example.com/watch?v=1")).not.toBe(k("https://example.com/watch?v=2"));
  });

  it("gives a post without a source a key of its own", () => {
    expect(sourceKey({ slug: "a", sourceUrl: null })).not.toBe(sourceKey({ slug: "b", sourceUrl: null }));
  });
});

describe("selectFrontPage", () => {
  const posts = index(FIXTURES);

  it("fills the hero, then the headlines, newest first, breaking shared timestamps by slug", () => {
    const fp = selectFrontPage(posts, CATEGORIES, SMALL);
    // p10-a and p10-c share a timestamp and a source: p10-a wins the tie by slug.
    expect(slugs(fp.hero)).toEqual(["p10-a", "p10-b"]);
    // p10-c and p09 repeat p10-a's source; p07 repeats p08's.
    expect(slugs(fp.headlines)).toEqual(["p08", "p06", "p05"]);
  });

  it("never shows two posts of one source in the hero and headlines together", () => {
    const fp = selectFrontPage(posts, CATEGORIES);
    const top = [...fp.hero, ...fp.headlines];
    expect(slugs(fp.hero)).toEqual(["p10-a", "p10-b", "p08", "p06"]);
    expect(slugs(fp.headlines)).toEqual(["p05", "p04", "p03"]);
    expect(new Set(top.map(sourceKey)).size).toBe(top.length);
  });

  it("gives the same answer whatever order the posts come in", () => {
    const shuffled = [...posts].reverse();
    expect(selectFrontPage(shuffled, CATEGORIES, SMALL)).toEqual(selectFrontPage(posts, CATEGORIES, SMALL));
  });

  it("lists categories in the configured order, leaves out empty ones and appends unconfigured ones", () => {
    const fp = selectFrontPage(posts, CATEGORIES, SMALL);
    expect(fp.sections.map((s) => s.name)).toEqual(["AI 產業動態", "AI 技術前沿", "Podcast 筆記", "未設定的分類"]);
  });

  it("takes each category's newest posts without repeating a source", () => {
    const fp = selectFrontPage(posts, CATEGORIES);
    const byName = Object.fromEntries(fp.sections.map((s) => [s.name, slugs(s.posts)]));
    // p09 repeats p10-a's source and is skipped; the section still fills up to 4.
    expect(byName["AI 產業動態"]).toEqual(["p10-a", "p10-b", "p07", "p06"]);
    expect(byName["AI 技術前沿"]).toEqual(["p10-c", "p04"]);
    expect(byName["Podcast 筆記"]).toEqual(["p08"]);
  });

  it("reports the latest update, counting lastmod", () => {
    expect(selectFrontPage(posts, CATEGORIES).latestUpdate?.toISOString()).toBe("2026-03-05T10:30:00.000Z");
  });

  it("copes with no posts at all", () => {
    expect(selectFrontPage([], CATEGORIES)).toEqual({ hero: [], headlines: [], sections: [], latestUpdate: null });
  });
});
