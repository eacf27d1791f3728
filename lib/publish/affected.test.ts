import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { loadEntriesIndex } from "../content/entries-index";
import { contentFolder, post } from "../test-helpers";
import { affectedBy, type Snapshot } from "./affected";

const p = (title: string, date: string, tags: string[], more: Record<string, string> = {}, body = "正文。\n") =>
  post({ title, date, tags: JSON.stringify(tags), categories: '["AI 產業動態"]', ...more }, body);

/** A real content folder, loaded as a production server loads it (no drafts). */
function site(files: Record<string, string>) {
  const dir = contentFolder(files);
  const snap = (now = new Date("2026-06-01T00:00:00Z")): Snapshot => ({
    content: loadContentIndex({ dir: path.join(dir, "posts"), includeDrafts: false, now, buildFuture: false }),
    entries: loadEntriesIndex({ dir, includeDrafts: false }),
  });
  const write = (rel: string, text: string) => writeFileSync(path.join(dir, rel), text);
  return { dir, snap, write };
}

const base = () =>
  site({
    "posts/a.md": p("A", "2026-01-01T10:00:00+08:00", ["OpenAI", "晶片"]),
    "posts/b.md": p("B", "2026-01-02T10:00:00+08:00", ["OpenAI"]),
    "posts/c.md": p("C", "2026-01-03T10:00:00+08:00", ["OpenAI"], { related_companies: '["openai"]' }),
    "posts/d.md": p("D", "2026-01-04T10:00:00+08:00", ["機器人"], {}, "見 [C](/posts/c/)。\n"),
    "posts/e.md": p("E", "2026-01-05T10:00:00+08:00", ["量子"]),
    "companies/_index.md": post({ title: "公司" }),
    "companies/openai.md": post({ title: "OpenAI" }),
    "companies/nvidia.md": post({ title: "NVIDIA" }),
  });

const opts = { pageSize: 2 };

describe("affectedBy: what a content change makes stale", () => {
  it("a new post: its page, the front page, lists, its tags' every page and feed, feeds, sitemaps, search; not unrelated tags", () => {
    const s = base();
    const before = s.snap();
    s.write("posts/f.md", p("F", "2026-01-06T10:00:00+08:00", ["OpenAI"]));
    const a = affectedBy(before, s.snap(), opts);
    expect(a.changed.posts).toEqual(["f"]);
    for (const url of ["/posts/f/", "/", "/posts/", "/tags/", "/archives/", "/tags/openai/", "/tags/openai/page/2/", "/categories/", "/sitemap/", "/og/posts/f.png"]) expect(a.paths).toContain(url);
    expect(a.patterns).toContainEqual({ route: "/posts/page/[page]", type: "page" });
    // Route handlers by their route file (their URL tags keep a trailing slash revalidatePath cannot name).
    for (const route of ["/index.xml", "/atom.xml", "/feed.json", "/feed.xml", "/tags/[tag]/index.xml", "/sitemap.xml", "/sitemap-0.xml", "/news-sitemap.xml", "/robots.txt", "/search-index.json", "/tag-filter.json", "/search-shards/[version]/[shard]", "/search-text/[version]/[n]"])
      expect(a.patterns).toContainEqual({ route, type: "layout" });
    // Its older neighbour (e) now links to it; a post of another tag, far in the list, does not change.
    expect(a.paths).toContain("/posts/e/");
    expect(a.paths).not.toContain("/tags/機器人/");
    expect(a.paths).not.toContain("/tags/%E6%A9%9F%E5%99%A8%E4%BA%BA/");
    expect(a.paths).not.toContain("/posts/d/");
  });

  it("an edit: the post, the posts that link to it in their body, its entities and their lists", () => {
    const s = base();
    const before = s.snap();
    s.write("posts/c.md", p("C 改名了", "2026-01-03T10:00:00+08:00", ["OpenAI"], { related_companies: '["openai"]' }));
    const a = affectedBy(before, s.snap(), opts);
    expect(a.changed.posts).toEqual(["c"]);
    expect(a.paths).toEqual(expect.arrayContaining(["/posts/c/", "/posts/d/", "/companies/openai/", "/tags/openai/"]));
    // b and a show c as a neighbour or related post: their footers changed.
    expect(a.paths).toContain("/posts/b/");
    expect(a.paths).not.toContain("/companies/nvidia/");
    // Chinese tags are revalidated as served (percent-encoded), not as decoded text.
    expect(a.paths.every((u) => /^[\x21-\x7e]+$/.test(u))).toBe(true);
  });

  it("a delete and a rename: the old URL and the new one", () => {
    const s = base();
    const before = s.snap();
    rmSync(path.join(s.dir, "posts/a.md"));
    renameSync(path.join(s.dir, "posts/e.md"), path.join(s.dir, "posts/e2.md"));
    const a = affectedBy(before, s.snap(), opts);
    expect(a.changed.posts).toEqual(["a", "e", "e2"]);
    expect(a.paths).toEqual(expect.arrayContaining(["/posts/a/", "/posts/e/", "/posts/e2/", "/tags/%E6%99%B6%E7%89%87/", "/tags/%E9%87%8F%E5%AD%90/"]));
  });

  it("a scheduled post whose time came is a new post, with no file changed", () => {
    const s = base();
    s.write("posts/later.md", p("Later", "2026-07-01T00:00:00+08:00", ["量子"]));
    const a = affectedBy(s.snap(new Date("2026-06-01T00:00:00Z")), s.snap(new Date("2026-07-02T00:00:00Z")), opts);
    expect(a.changed.posts).toEqual(["later"]);
    expect(a.paths).toEqual(expect.arrayContaining(["/posts/later/", "/", "/tags/%E9%87%8F%E5%AD%90/"]));
    expect(a.patterns).toContainEqual({ route: "/index.xml", type: "layout" });
  });

  it("an entity edit: its page, its section, the posts about it; not the post lists", () => {
    const s = base();
    const before = s.snap();
    s.write("companies/openai.md", post({ title: "OpenAI 公司" }));
    const a = affectedBy(before, s.snap(), opts);
    expect(a.changed).toMatchObject({ posts: [], entries: ["/companies/openai/"] });
    expect(a.paths).toEqual(expect.arrayContaining(["/companies/openai/", "/companies/", "/posts/c/", "/sitemap/", "/og/pages/companies/openai.png"]));
    expect(a.patterns).toContainEqual({ route: "/sitemap-0.xml", type: "layout" });
    expect(a.patterns).toContainEqual({ route: "/search-index.json", type: "layout" });
    for (const url of ["/posts/b/", "/", "/posts/"]) expect(a.paths).not.toContain(url);
    expect(a.patterns).not.toContainEqual({ route: "/posts/page/[page]", type: "page" });
    expect(a.patterns).not.toContainEqual({ route: "/index.xml", type: "layout" });
  });

  it("an image under public/: the posts that use it, and nothing site-wide", () => {
    const s = base();
    s.write("posts/b.md", p("B", "2026-01-02T10:00:00+08:00", ["OpenAI"], {}, "![圖](/images/new.png)\n"));
    const snap = s.snap();
    const postsUsing = (src: string) => snap.content.posts.filter((x) => readFileSync(x.source.absPath, "utf8").includes(src));
    const a = affectedBy(snap, snap, { ...opts, publicFiles: ["images/new.png"], postsUsing });
    expect(a.paths).toEqual(["/posts/b/"]);
    expect(a.patterns).toEqual([]);
  });

  it("nothing changed: nothing to revalidate", () => {
    const s = base();
    const a = affectedBy(s.snap(), s.snap(), opts);
    expect(a).toMatchObject({ paths: [], patterns: [], changed: { posts: [], entries: [] } });
  });
});
