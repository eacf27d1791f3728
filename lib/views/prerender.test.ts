/**
 * What `next build` prerenders (the params of the list, feed and OG card routes) and
 * that what it leaves out still resolves, since those pages render on first request.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { contentFolder, post } from "../test-helpers";
import { PRERENDER, prerenderedPostCount } from "./prerender";

type Lists = typeof import("./lists");
type Og = typeof import("./og-card");
type Feeds = typeof import("../seo/feeds");
type PostPage = typeof import("./post-page");
let lists: Lists;
let postPage: PostPage;
let og: Og;
let feeds: Feeds;

beforeAll(async () => {
  const files: Record<string, string> = {};
  // 100 posts (5 pages of 20): all tagged 常見, each with a tag of its own (100 rarely used tags); one more spells it 常 見.
  for (let i = 0; i < 100; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String(Math.floor(i / 28) + 1).padStart(2, "0");
    files[`posts/p${i}.md`] = post({ title: `"第 ${i} 篇"`, date: `2025-${month}-${day}T10:00:00+08:00`, tags: `["常見", "少見${i}"]`, categories: '["AI 產業動態"]' });
  }
  files["posts/variant.md"] = post({ title: '"變體"', date: "2024-01-01T10:00:00+08:00", tags: '["常 見"]' });
  process.env.CONTENT_DIR = contentFolder(files);
  [lists, og, feeds, postPage] = await Promise.all([import("./lists"), import("./og-card"), import("../seo/feeds"), import("./post-page")]);
});

describe("what the build prerenders", () => {
  it("builds the first pages of /posts/ and of the most used tags, not the long tail", () => {
    expect(lists.postsPagesParams()).toEqual(Array.from({ length: PRERENDER.postsPages - 1 }, (_, i) => ({ page: String(i + 2) })));
    const tags = lists.tagParams();
    expect(tags).toHaveLength(PRERENDER.tags + 1);
    expect(tags).toContainEqual({ tag: "常見" });
    // A variant spelling of a prerendered tag is prerendered too (as its redirect).
    expect(tags).toContainEqual({ tag: "常-見" });
    expect(tags).not.toContainEqual({ tag: "少見99" });
    expect(lists.tagPagesParams()).toEqual([]);
    expect(lists.categoryPagesParams()).toEqual([]);
    expect(feeds.tagFeedParams()).toEqual([]);
    expect(og.ogCardParams()).toEqual([]);
  });

  it("builds the newest posts only", () => {
    const slugs = postPage.postPageParams().map((p) => p.slug);
    // What the prerendered /posts/ pages link to: 3 pages of 20.
    expect(prerenderedPostCount()).toBe(60);
    expect(slugs).toHaveLength(60);
    // Newest first: p99 is 2025-04-16, the newest; the variant (2024) is the oldest of the 101.
    expect(slugs[0]).toBe("p99");
    expect(slugs).not.toContain("variant");
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("renders a post it left out on request", async () => {
    const view = await postPage.postPage("variant");
    expect(view?.kind).toBe("post");
    expect(view?.kind === "post" && view.header.title).toBe("變體");
  });

  it("still resolves what it left out, for the first request to render", () => {
    const rare = lists.tagPage("少見99");
    expect(rare?.kind).toBe("page");
    expect(lists.tagPage(encodeURIComponent("常見"), "5")?.kind).toBe("page");
    expect(lists.tagPage("常見", "7")).toBeNull();
    expect(lists.postsPage("5")?.page).toBe(5);
    expect(lists.categoryPage(lists.categoryParams()[0].category, "5")?.page).toBe(5);
    expect(feeds.tagFeedSpec("少見99")?.posts).toHaveLength(1);
  });
});

describe("OG cards drawn on first request", () => {
  it("finds a card by its URL's segments (encoded or not) and 404s others", () => {
    expect(og.ogCardFor(["tags", `${encodeURIComponent("常見")}.png`])).toMatchObject({ kicker: "標籤", title: "#常見", footer: "101 篇文章" });
    expect(og.ogCardFor(["posts", "p3.png"])).toMatchObject({ title: "第 3 篇" });
    expect(og.ogCardFor(["posts", "nope.png"])).toBeNull();
    expect(og.ogCardFor(["posts", "%E0%A4%A.png"])).toBeNull();
  });

  it("draws a PNG of the card's size", async () => {
    const png = await og.ogCardPng(["posts", "p3.png"]);
    expect(png?.subarray(1, 4).toString()).toBe("PNG");
    // IHDR: width and height at bytes 16-23.
    expect([png!.readUInt32BE(16), png!.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await og.ogCardPng(["tags", "nope.png"])).toBeNull();
  });
});
