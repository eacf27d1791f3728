import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { post, postsFolder } from "../test-helpers";
import { sitemapEntries } from "./sitemap-entries";

describe("sitemap entries", () => {
  const { posts } = loadContentIndex({
    dir: postsFolder({
      "a.md": post({ title: "A", date: "2026-01-02T10:00:00+08:00", tags: '["Node.js", "C#", "企業 AI"]' }),
      "b.md": post({ title: "B", date: "2026-01-01T10:00:00+08:00", lastmod: "2026-01-05T10:00:00+08:00", tags: '["企業AI"]' }),
    }),
    includeDrafts: false,
  });
  const prerendered = ["/", "/posts/a", "/posts/b", "/posts/page/2", "/tags/node.js", "/tags/c%23", "/tags/企業-ai", "/tags/企業ai", "/search",
    "/index.xml", "/feed.json", "/tags/c%23/index.xml", "/search-shards/0123456789ab/3", "/search-text/0123456789ab/0", "/healthz", "/reading-list", "/_not-found", "/404", "/icon.svg"];
  const entries = sitemapEntries(prerendered, posts);

  it("lists the pages readers land on, and nothing else", () => {
    expect(Object.keys(entries).sort()).toEqual(["/", "/posts/a/", "/posts/b/", "/posts/page/2/", "/search/", "/tags/c#/", "/tags/node.js/", "/tags/企業-ai/"]);
  });

  it("gives each the URL it is served at, with its lastmod", () => {
    expect(entries["/tags/node.js/"]).toMatchObject({ loc: "/tags/node.js", trailingSlash: false });
    expect(entries["/tags/c#/"]).toMatchObject({ loc: "/tags/c%23/", trailingSlash: true });
    expect(entries["/tags/企業-ai/"]).toMatchObject({ loc: "/tags/%E4%BC%81%E6%A5%AD-ai/", lastmod: "2026-01-05T10:00:00+08:00" });
    expect(entries["/posts/a/"]).toMatchObject({ lastmod: "2026-01-02T10:00:00+08:00", changefreq: "weekly", priority: 0.8 });
    expect(entries["/"]).toMatchObject({ lastmod: "2026-01-05T10:00:00+08:00", priority: 1 });
    expect(entries["/search/"].lastmod).toBeUndefined();
  });

  it("leaves out old URLs that only redirect (aliases, Hugo's category URLs), encoded or not", () => {
    const withOld = sitemapEntries([...prerendered, "/2024/01/old-a", "/categories/ai-%E6%8A%80%E8%A1%93%E5%89%8D%E6%B2%BF", "/old/a.html"], posts, [], ["/2024/01/old-a/", "/categories/ai-技術前沿/", "/old/a.html"]);
    expect(Object.keys(withOld).sort()).toEqual(Object.keys(entries).sort());
  });
});
