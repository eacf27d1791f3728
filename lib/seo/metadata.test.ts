import { describe, expect, it } from "vitest";
import { categoryMetadata, encodePath, layoutMetadata, pageMetadata, postMetadata, tagMetadata } from "./metadata";
import { loadContentIndex } from "../content/content-index";
import { site } from "../site";
import { post, postsFolder } from "../test-helpers";

const idx = loadContentIndex({
  dir: postsFolder({
    "20260127-中文網址.mdx": post({ title: "中文網址", date: "2026-01-27T06:00:00Z", tags: '["企業 AI"]', categories: '["AI 產業動態"]' }),
  }),
  now: new Date("2026-06-01T00:00:00Z"),
  includeDrafts: false,
});
const encoded = "/posts/20260127-%E4%B8%AD%E6%96%87%E7%B6%B2%E5%9D%80/";

describe("page metadata", () => {
  it("gives a post an absolute, percent-encoded canonical and Open Graph article data in Taipei time", () => {
    const m = postMetadata(idx.posts[0]);
    expect(m.alternates?.canonical).toBe(`http://localhost:3000${encoded}`);
    expect(m.openGraph).toMatchObject({
      type: "article",
      url: `http://localhost:3000${encoded}`,
      locale: "zh_TW",
      publishedTime: "2026-01-27T14:00:00+08:00",
      modifiedTime: "2026-01-27T14:00:00+08:00",
      tags: ["企業 AI"],
      images: [{ url: `http://localhost:3000/og/posts/20260127-${encodeURIComponent("中文網址")}.png`, width: 1200, height: 630 }],
    });
    expect(m.twitter).toMatchObject({ card: "summary_large_image" });
    expect(JSON.stringify(m.alternates?.types)).toContain("/categories/ai-industry/index.xml");
  });

  it("encodes a raw Chinese path once and leaves an encoded one alone", () => {
    expect(encodePath("/tags/企業-ai/")).toBe("/tags/%E4%BC%81%E6%A5%AD-ai/");
    expect(encodePath("/tags/%E4%BC%81%E6%A5%AD-ai/")).toBe("/tags/%E4%BC%81%E6%A5%AD-ai/");
  });

  it("gives list pages their own title and canonical per page, with the site card and feeds", () => {
    const home = pageMetadata({ path: "/" });
    expect(home.title).toEqual({ absolute: "AI 科技新聞筆記" });
    expect(home.openGraph).toMatchObject({ type: "website", images: [{ url: "http://localhost:3000/og/site.png" }] });
    expect(Object.keys(home.alternates?.types ?? {})).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
    const tag2 = tagMetadata({ slug: "企業-ai", name: "企業 AI", count: 3 }, 2);
    expect(tag2.title).toBe("#企業 AI（第 2 頁）");
    expect(tag2.alternates?.canonical).toBe("http://localhost:3000/tags/%E4%BC%81%E6%A5%AD-ai/page/2/");
    expect(JSON.stringify(tag2.openGraph)).toContain("/og/tags/%E4%BC%81%E6%A5%AD-ai.png");
    const cat = categoryMetadata("AI 產業動態", 5);
    expect(cat.alternates?.canonical).toBe("http://localhost:3000/categories/ai-industry/");
    expect(JSON.stringify(cat.alternates?.types)).toContain("/categories/ai-industry/index.xml");
  });
});

describe("layout defaults", () => {
  it("give every page the feeds and the site card, but no canonical or og:url", () => {
    const m = layoutMetadata();
    expect(m.alternates).not.toHaveProperty("canonical");
    expect(m.openGraph).not.toHaveProperty("url");
    expect(JSON.stringify(m.openGraph)).toContain("/og/site.png");
    expect(Object.keys(m.alternates?.types ?? {})).toContain("application/rss+xml");
  });
});

describe("Search Console verification", () => {
  it("becomes Next's verification metadata (<meta name=\"google-site-verification\">) when configured, and nothing otherwise", () => {
    expect(layoutMetadata()).not.toHaveProperty("verification");
    const before = site.verification;
    site.verification = { google: "abc123-token" };
    try {
      expect(layoutMetadata().verification).toEqual({ google: "abc123-token" });
    } finally {
      site.verification = before;
    }
  });
});
