import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cacheDir } from "../render/build-cache";
import { loadContentIndex } from "../content/content-index";
import { post, postsFolder } from "../test-helpers";
import { Searcher } from "./query";
import { searchIndexOf, searchInput, searchTextUrl } from "./source";

describe("search index from the content index", () => {
  const dir = postsFolder({
    "a.mdx": post({ title: '"液冷觀察"', date: "2026-01-02T10:00:00+08:00", tags: '["資料中心"]' }, '<YouTube id="ME8_6c6eY4o" />\n\n業界認為**液冷機櫃**的散熱瓶頸仍待解決。\n'),
    "b.md": post({ title: '"Hugo 文章"', date: "2026-01-01T10:00:00+08:00", description: '"一篇 Markdown"' }, "{{< youtube abc >}}\n\nJensen Huang 談到 [Blackwell](https://example.com/x)。\n"),
  });
  const { posts } = loadContentIndex({ dir, includeDrafts: false, buildFuture: true });

  it("reads each post's body as plain text, without front matter or markup", () => {
    const a = searchInput(posts.find((p) => p.slug === "a")!);
    expect(a.body).toBe("業界認為液冷機櫃的散熱瓶頸仍待解決。");
    expect(a.date).toBe("2026 年 1 月 2 日");
    const b = searchInput(posts.find((p) => p.slug === "b")!);
    expect(b.body).toBe("Jensen Huang 談到 Blackwell。");
  });

  it("finds a phrase that is only in a body, and not markup", () => {
    const { meta, shards } = searchIndexOf(posts);
    const s = new Searcher(meta, shards);
    const slugs = (q: string) => s.search(q).hits.map((h) => h.doc.slug);
    expect(slugs("散熱瓶頸")).toEqual(["a"]);
    expect(slugs("jensen huang")).toEqual(["b"]);
    expect(slugs("資料中心")).toEqual(["a"]);
    expect(slugs("ME8_6c6eY4o youtube example")).toEqual([]);
  });
});

describe("search work is cached on disk by content hash", () => {
  it("serves body text and the index to a fresh process without reading the posts again", async () => {
    process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
    const dir = postsFolder({ "c.mdx": post({ title: '"快取"', date: "2026-01-03T10:00:00+08:00" }, "只在內文出現的片語：冷卻液。\n") });
    const { posts } = loadContentIndex({ dir, includeDrafts: false, buildFuture: true });
    const first = await import("./source");
    expect(first.postBodyText(posts[0])).toBe("只在內文出現的片語：冷卻液。");
    expect(readdirSync(cacheDir("search-text"))).toHaveLength(1);

    // A new module instance (another build worker), with the post file gone: only the cache can answer.
    rmSync(posts[0].source.absPath);
    vi.resetModules();
    const second = await import("./source");
    expect(second.postBodyText(posts[0])).toBe("只在內文出現的片語：冷卻液。");
  });
});

describe("the built index is cached for the site as it is", () => {
  it("is rebuilt when a post changes, and only the newest copy is kept", async () => {
    process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
    process.env.CONTENT_DIR = mkdtempSync(path.join(tmpdir(), "blog-content-"));
    const posts = path.join(process.env.CONTENT_DIR, "posts");
    mkdirSync(posts);
    const write = (title: string) => writeFileSync(path.join(posts, "d.mdx"), post({ title, date: "2026-01-04T10:00:00+08:00" }));
    try {
      write('"第一版標題"');
      vi.resetModules();
      const source = await import("./source");
      expect(source.getSearchIndex().meta.docs.map((d) => d.title)).toEqual(["第一版標題"]);
      expect(readdirSync(cacheDir("search-index"))).toHaveLength(1);

      write('"第二版標題"');
      // A new process (the next build) sees the edit, not the cached index of the old text. The
      // content store keeps its state on globalThis (lib/content/store.ts): a new process has none.
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("zh-tw-blog.content-store")];
      vi.resetModules();
      const next = await import("./source");
      expect(next.getSearchIndex().meta.docs.map((d) => d.title)).toEqual(["第二版標題"]);
      expect(readdirSync(cacheDir("search-index"))).toHaveLength(1);
    } finally {
      delete process.env.CONTENT_DIR;
    }
  });
});

describe("snippet text from the compiler's own parse", () => {
  it("is what bodyText() gives, for MDX and Hugo Markdown, so the build never parses a body twice", async () => {
    process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
    const dir = postsFolder({
      "e.mdx": post({ title: '"元件"', date: "2026-01-05T10:00:00+08:00" }, '## 小標\n\n<YouTube id="ME8_6c6eY4o" />\n\n**粗體**與[連結](/posts/x/)、`code`。\n\n| 欄 | 值 |\n|---|---|\n| 甲 | 乙 |\n'),
      "f.md": post({ title: '"Hugo"', date: "2026-01-04T10:00:00+08:00" }, "{{< youtube ME8_6c6eY4o >}}\n\n一段 <span>HTML</span> 與 *強調*。\n\n- 清單一\n- 清單二\n"),
    });
    const { posts } = loadContentIndex({ dir, includeDrafts: false, buildFuture: true });
    vi.resetModules();
    const { compilePost } = await import("../render/compile");
    const source = await import("./source");
    const { bodyText } = await import("../render/body-text");
    for (const p of posts) {
      await compilePost(p);
      const raw = readFileSync(p.source.absPath, "utf8");
      const body = raw.slice(raw.indexOf("---", 3) + 4);
      // The post file is gone: only what the compile stored can answer.
      rmSync(p.source.absPath);
      expect(source.postBodyText(p)).toBe(bodyText(body, p.source.format));
    }
  });
});

describe("snippet text by number", () => {
  it("numbers each post as the index does (newest first), description first, and answers null past the end", async () => {
    process.env.CONTENT_DIR = mkdtempSync(path.join(tmpdir(), "blog-content-"));
    const posts = path.join(process.env.CONTENT_DIR, "posts");
    mkdirSync(posts);
    writeFileSync(path.join(posts, "g.mdx"), post({ title: '"新"', date: "2026-01-07T10:00:00+08:00", description: '"說明一"' }, "內文一。\n"));
    writeFileSync(path.join(posts, "h.mdx"), post({ title: '"舊"', date: "2026-01-06T10:00:00+08:00", description: '"說明二"' }, "內文二。\n"));
    try {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("zh-tw-blog.content-store")];
      vi.resetModules();
      const source = await import("./source");
      const order = source.getSearchIndex().meta.docs.map((d) => d.slug);
      expect(order).toEqual(["g", "h"]);
      const v = source.searchIndexVersion();
      expect(v).toMatch(/^[0-9a-f]{12}$/);
      expect(source.searchTextOf(v, "0")).toBe("說明一\n內文一。");
      expect(source.searchTextOf(v, "1")).toBe("說明二\n內文二。");
      expect(source.searchTextOf(v, "99")).toBeNull();
      expect(source.searchTextOf(v, "-1")).toBeNull();
      expect(source.searchShardOf(v, "0")).not.toBeNull();

      // A newer post renumbers the index: the old index's numbers no longer answer (the browser
      // reloads the meta), so text 0 can never be the old post 0's under the new numbering.
      writeFileSync(path.join(posts, "i.mdx"), post({ title: '"更新"', date: "2026-01-08T10:00:00+08:00", description: '"說明三"' }, "內文三。\n"));
      (await import("../content/store")).reloadContent();
      const v2 = source.searchIndexVersion();
      expect(v2).not.toBe(v);
      expect(source.searchTextOf(v, "0")).toBeNull();
      expect(source.searchShardOf(v, "0")).toBeNull();
      expect(source.searchTextOf(v2, "0")).toBe("說明三\n內文三。");
      expect(source.searchTextOf(v2, "1")).toBe("說明一\n內文一。");
      const meta = source.searchIndexMeta();
      expect(meta.version).toBe(v2);
      expect(meta.texts).toBe(`/search-text/${v2}/{n}/`);
      expect(meta.shardUrl).toBe(`/search-shards/${v2}/{n}/`);
      // Shards render on first request (none in the build); the warm-up asks for the current first one.
      expect(source.searchShardParams()).toEqual([]);
      expect(source.firstSearchShardPath()).toBe(`/search-shards/${v2}/0/`);
    } finally {
      delete process.env.CONTENT_DIR;
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("zh-tw-blog.content-store")];
    }
  });
});

describe("where the browser fetches snippet text", () => {
  it("is a route named by the index's version, revalidated with the index, in production as in dev", () => {
    expect(searchTextUrl()).toMatch(/^\/search-text\/[0-9a-f]{12}\/\{n\}\/$/);
  });
});
