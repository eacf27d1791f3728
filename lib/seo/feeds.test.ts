import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { COMPONENT_RULES as MDX_COMPONENTS } from "../render/mdx-rules";
import { absolutizeHtml, embedFallback, feedComponents, postContentHtml, renderCompiledMdx } from "./feed-content";
import { buildFeed, FEED_SIZE, feedItem, siteFeedSpec, tagFeedSpec } from "./feeds";
import { compilePost } from "../render/compile";
import { loadContentIndex } from "../content/content-index";
import { renderNode } from "../render/static-jsx";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");
const files: Record<string, string> = {
  "20260127-a.mdx": post(
    { title: '"AI 企業大戰：OpenAI & <Anthropic>"', date: "2026-01-27T14:00:00+08:00", tags: '["OpenAI", "企業 AI"]', categories: '["AI 產業動態"]' },
    '正文 **粗體**。\n\n<YouTube id="ME8_6c6eY4o" title="訪談" />\n\n![圖](/images/fixtures/cover-circuit.jpg)\n\n[下一篇](/posts/20260126-b/)\n\n<ReadingList>\n\n- [舊文](/posts/20260126-b/)\n- [不存在](/posts/nope/)\n\n</ReadingList>\n',
  ),
  "20260126-b.mdx": post({ title: "第二篇", date: "2026-01-26T09:00:00+08:00", tags: '["企業AI"]' }),
};
for (let i = 0; i < 25; i++) files[`2025-${String(i).padStart(2, "0")}.md`] = post({ title: `舊文 ${i}`, date: `2025-01-${String(i + 1).padStart(2, "0")}` });
const idx = loadContentIndex({ dir: postsFolder(files), now: NOW, includeDrafts: false });
const find = (slug: string) => idx.bySlug.get(slug);
const fakeHtml = async (p: { title: string }) => `<p>${p.title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`;

describe("feed content HTML", () => {
  it("renders the compiled post with embeds as links and absolute URLs", async () => {
    const html = await postContentHtml(idx.bySlug.get("20260127-a")!, find);
    expect(html).toContain("<strong>粗體</strong>");
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=ME8_6c6eY4o">▶ 訪談</a>');
    expect(html).toContain('src="http://localhost:3000/images/fixtures/cover-circuit.jpg"');
    expect(html).toContain('<a href="http://localhost:3000/posts/20260126-b/">下一篇</a>');
    expect(html).toContain('<li><a href="http://localhost:3000/posts/20260126-b/">第二篇</a></li>');
    expect(html).toContain("<li>不存在</li>");
    expect(html).not.toMatch(/<(iframe|script|button)/);
  });

  it("has a rendering for every registered component; one without its own shows its link or children", async () => {
    expect(Object.keys(feedComponents(find)).sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
    const { code } = await compilePost(idx.bySlug.get("20260127-a")!);
    const html = renderCompiledMdx(code, { ...feedComponents(find), YouTube: embedFallback });
    expect(html).not.toContain("youtube.com");
    expect(renderNode(embedFallback({ url: "https://open.spotify.com/episode/x" }))).toBe(
      '<p><a href="https://open.spotify.com/episode/x">https://open.spotify.com/episode/x</a></p>',
    );
    expect(renderNode(embedFallback({ url: "javascript:alert(1)", children: "文字" }))).toBe("文字");
  });

  it("leaves absolute and protocol-relative URLs alone", () => {
    expect(absolutizeHtml('<a href="https://x.y/"><img src="//cdn/x"></a><a href="/p/">', "https://blog.tw")).toBe(
      '<a href="https://x.y/"><img src="//cdn/x"></a><a href="https://blog.tw/p/">',
    );
  });
});

describe("feeds", () => {
  it("turns a post into an item with absolute link, dates and categories", () => {
    const item = feedItem({ post: idx.bySlug.get("20260127-a")!, html: "<p>x</p>" });
    expect(item).toMatchObject({
      title: "AI 企業大戰：OpenAI & <Anthropic>",
      link: "http://localhost:3000/posts/20260127-a/",
      id: "http://localhost:3000/posts/20260127-a/",
      content: "<p>x</p>",
      published: new Date("2026-01-27T06:00:00Z"),
    });
    expect(item.category).toEqual([
      { name: "AI 產業動態", domain: "http://localhost:3000/categories/ai-industry/" },
      { name: "OpenAI" },
      { name: "企業 AI" },
    ]);
  });

  it("writes RSS, Atom and JSON Feed of the newest 20 that a feed parser reads back intact", async () => {
    const feed = await buildFeed(siteFeedSpec(idx.posts), fakeHtml);
    const parser = new Parser();
    const rss = await parser.parseString(feed.rss2());
    expect(rss.items).toHaveLength(FEED_SIZE);
    expect(rss.items[0].title).toBe("AI 企業大戰：OpenAI & <Anthropic>");
    expect(rss.items[0]["content:encoded"]).toBe("<p>AI 企業大戰：OpenAI &amp; &lt;Anthropic></p>");
    expect(rss.items[0].categories).toContain("企業 AI");
    expect(rss.items[1].title).toBe("第二篇");
    const atom = await parser.parseString(feed.atom1());
    expect(atom.items[0].link).toBe("http://localhost:3000/posts/20260127-a/");
    const json = JSON.parse(feed.json1()) as { version: string; items: { title: string; content_html: string }[] };
    expect(json.version).toMatch(/jsonfeed\.org\/version\/1/);
    expect(json.items[0].title).toBe("AI 企業大戰：OpenAI & <Anthropic>");
  });

  it("builds a tag feed over every spelling variant, and none for an unknown tag", async () => {
    const spec = tagFeedSpec("企業-ai", idx.posts)!;
    expect(spec.links.rss).toBe(`/tags/${encodeURIComponent("企業-ai")}/index.xml`);
    const rss = await new Parser().parseString((await buildFeed(spec, fakeHtml)).rss2());
    expect(rss.items.map((i) => i.title)).toEqual(["AI 企業大戰：OpenAI & <Anthropic>", "第二篇"]);
    expect(tagFeedSpec("no-such-tag", idx.posts)).toBeUndefined();
    expect(tagFeedSpec(null, idx.posts)).toBeUndefined();
  });
});
