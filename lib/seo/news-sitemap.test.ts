import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsPosts, newsSitemapXml } from "./news-sitemap";
import { loadContentIndex } from "../content/content-index";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-01-30T12:00:00+08:00");
const idx = loadContentIndex({
  dir: postsFolder({
    "fresh.mdx": post({ title: '"新聞 <快訊> & 更新"', date: "2026-01-30T09:00:00+08:00" }),
    "edge.mdx": post({ title: "兩天前", date: "2026-01-28T12:00:00+08:00" }),
    "old.mdx": post({ title: "三天前", date: "2026-01-27T11:59:00+08:00" }),
    "future.mdx": post({ title: "未來", date: "2026-01-31T09:00:00+08:00" }),
  }),
  now: NOW,
  includeDrafts: false,
  buildFuture: true,
});

describe("news sitemap", () => {
  it("keeps the posts of the last two days, never future ones", () => {
    expect(newsPosts(idx.posts, NOW).map((p) => p.slug)).toEqual(["fresh", "edge"]);
  });

  it("writes well-formed XML with publication name, language and escaped title", () => {
    const xml = newsSitemapXml(newsPosts(idx.posts, NOW));
    expect(XMLValidator.validate(xml)).toBe(true);
    const url = new XMLParser().parse(xml).urlset.url;
    expect(url[0]).toMatchObject({
      loc: "http://localhost:3000/posts/fresh/",
      "news:news": {
        "news:publication": { "news:language": "zh-tw" },
        "news:publication_date": "2026-01-30T09:00:00+08:00",
        "news:title": "新聞 <快訊> & 更新",
      },
    });
    expect(url[0]["news:news"]["news:publication"]["news:name"]).toBeTruthy();
  });

  it("is still a valid, empty urlset when nothing is new", () => {
    expect(XMLValidator.validate(newsSitemapXml([]))).toBe(true);
  });
});
