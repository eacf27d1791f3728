import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import type { Post } from "../content/post";
import { relatedPosts } from "./related";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");

function load(files: Record<string, string>): Post[] {
  const { posts, diagnostics } = loadContentIndex({ dir: postsFolder(files), now: NOW, includeDrafts: false });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return posts;
}
const p = (date: string, tags: string[], cat = "AI 產業動態", body?: string) =>
  post({ title: "T", date: `2026-01-${date}T10:00:00+08:00`, tags: JSON.stringify(tags), categories: JSON.stringify([cat]) }, body);
const slugs = (list: { post: Post }[]) => list.map((s) => s.post.slug);

describe("relatedPosts", () => {
  const files = {
    "me.md": p("10", ["OpenAI", "企業 AI", "晶片"]),
    "three.md": p("01", ["openai", "企業AI", "晶片"], "科技觀察"),
    "two-same-cat.md": p("02", ["OpenAI", "晶片"]),
    "two-other-cat.md": p("03", ["OpenAI", "晶片"], "科技觀察"),
    "two-other-cat-newer.md": p("05", ["OpenAI", "晶片"], "科技觀察"),
    "one.md": p("04", ["晶片"], "科技觀察"),
    "cat-only.md": p("06", ["無關"]),
  };

  it("ranks by shared tags (variants merged) plus category, newer first on ties, up to 4", () => {
    const posts = load(files);
    const me = posts.find((x) => x.slug === "me")!;
    const related = relatedPosts(me, posts);
    expect(slugs(related)).toEqual(["three", "two-same-cat", "two-other-cat-newer", "two-other-cat"]);
    expect(related.map((r) => r.score)).toEqual([6, 5, 4, 4]);
    expect(related.map((r) => r.post.slug)).not.toContain("me");
  });

  it("never suggests another write-up of the same original article", () => {
    const src = (date: string, url: string) =>
      post({ title: "T", date: `2026-01-${date}T10:00:00+08:00`, tags: '["OpenAI", "企業 AI", "晶片"]', categories: '["AI 產業動態"]', source_url: url });
    const posts = load({ ...files, "me.md": src("10", "https://example.com/a"), "copy.md": src("09", "https://www.example.com/a/?utm_source=x") });
    const me = posts.find((x) => x.slug === "me")!;
    expect(slugs(relatedPosts(me, posts))).not.toContain("copy");
    expect(slugs(relatedPosts(me, posts))).toContain("three");
  });

  it("never suggests posts already in the post's 延伸閱讀 list", () => {
    const posts = load({ ...files, "me.md": p("10", ["OpenAI", "企業 AI", "晶片"], "AI 產業動態", "## 延伸閱讀\n\n- [x](/posts/three/)\n- [y](/posts/two-same-cat/)\n") });
    const me = posts.find((x) => x.slug === "me")!;
    expect(slugs(relatedPosts(me, posts))).toEqual(["two-other-cat-newer", "two-other-cat", "one"]);
  });

  it("needs a shared tag: the category alone does not make a post related", () => {
    const posts = load(files);
    const me = posts.find((x) => x.slug === "me")!;
    expect(slugs(relatedPosts(me, posts, { limit: 10 }))).not.toContain("cat-only");
  });

  it("falls back to the category, newest first, for a post without tags", () => {
    const posts = load({ ...files, "untagged.md": p("11", []) });
    const me = posts.find((x) => x.slug === "untagged")!;
    // Same category (AI 產業動態): cat-only (06), two-same-cat (02), me (10); newest first.
    expect(slugs(relatedPosts(me, posts))).toEqual(["me", "cat-only", "two-same-cat"]);
  });

  it("keeps the best `limit` of many candidates in rank order", () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`n${i}.md`, p(String(i % 28 + 1).padStart(2, "0"), i % 3 ? ["OpenAI"] : ["OpenAI", "晶片"])]));
    const posts = load({ ...files, ...many });
    const me = posts.find((x) => x.slug === "me")!;
    const all = relatedPosts(me, posts, { limit: 1000 });
    expect(slugs(relatedPosts(me, posts, { limit: 5 }))).toEqual(slugs(all.slice(0, 5)));
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
  });

  it("is deterministic whatever order the posts come in", () => {
    const posts = load(files);
    const me = posts.find((x) => x.slug === "me")!;
    expect(slugs(relatedPosts(me, [...posts].reverse()))).toEqual(slugs(relatedPosts(me, posts)));
  });

  it("returns nothing for a post sharing nothing", () => {
    const posts = load({ "a.md": p("01", ["x"]), "b.md": p("02", ["y"], "科技觀察") });
    expect(relatedPosts(posts[0], posts)).toEqual([]);
  });
});
