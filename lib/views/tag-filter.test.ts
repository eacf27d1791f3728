import { describe, expect, it } from "vitest";
import { groupByMonth } from "../taxonomy/archives";
import { buildCategoryIndex } from "../taxonomy/categories";
import { loadContentIndex } from "../content/content-index";
import type { Post } from "../content/post";
import { applyFilter, searchWithSelection, selectionFromSearch } from "../browser/filter-posts";
import { buildFilterData, topChips } from "./tag-filter";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");
function load(files: Record<string, string>): Post[] {
  const { posts, diagnostics } = loadContentIndex({ dir: postsFolder(files), now: NOW, includeDrafts: false });
  expect(diagnostics).toEqual([]);
  return posts;
}
const p = (date: string, tags: string[], cats: string[] = []) =>
  post({ title: `標題 ${date}`, date, tags: JSON.stringify(tags), categories: JSON.stringify(cats) });

const posts = load({
  "a.md": p("2026-01-05T10:00:00+08:00", ["OpenAI", "企業 AI"], ["AI 產業動態"]),
  "b.md": p("2026-01-04T10:00:00+08:00", ["openai", "企業AI", "晶片"], ["AI 技術前沿"]),
  "c.md": p("2026-01-03T10:00:00+08:00", ["OpenAI"], ["新分類 X"]),
  // 2025-12-31 23:30 UTC is 2026-01-01 in Taipei.
  "d.md": p("2025-12-31T23:30:00Z", ["晶片"]),
});

describe("tag filter data", () => {
  const data = buildFilterData(posts);

  it("is compact: a tag table and one tuple per post with tag ids and the local date", () => {
    expect(data.tags.slice(0, 2)).toEqual([["openai", "OpenAI"], ["企業-ai", "企業 AI"]]);
    expect(data.posts[0]).toEqual(["a", "標題 2026-01-05T10:00:00+08:00", "2026-01-05", [0], [0, 1]]);
    expect(data.categories[0]).toEqual(["ai-industry", "AI 產業動態"]);
    expect(data.posts[3][2]).toBe("2026-01-01");
    expect(data.posts[3][3]).toEqual([]);
    expect(JSON.stringify(data)).not.toContain("正文");
  });

  it("ANDs the selection and counts what each chip would leave", () => {
    const one = applyFilter(data, ["openai"]);
    expect(one.matches.map((i) => data.posts[i][0])).toEqual(["a", "b", "c"]);
    const two = applyFilter(data, ["openai", "企業-ai"]);
    expect(two.matches.map((i) => data.posts[i][0])).toEqual(["a", "b"]);
    const chip = new Map(data.tags.map(([slug], i) => [slug, i]));
    expect(two.counts.get(chip.get("晶片")!)).toBe(1);
    expect(applyFilter(data, ["openai", "晶片", "企業-ai"]).matches).toHaveLength(1);
    expect(applyFilter(data, []).matches).toHaveLength(4);
  });

  it("narrows a tag's or a category's list when given a scope", () => {
    const slugs = (r: { matches: number[] }) => r.matches.map((i) => data.posts[i][0]);
    expect(slugs(applyFilter(data, [], { tag: "晶片" }))).toEqual(["b", "d"]);
    expect(slugs(applyFilter(data, ["openai"], { tag: "晶片" }))).toEqual(["b"]);
    expect(slugs(applyFilter(data, ["openai"], { category: "ai-tech" }))).toEqual(["b"]);
    expect(slugs(applyFilter(data, [], { category: "新分類-x" }))).toEqual(["c"]);
    expect(slugs(applyFilter(data, [], { tag: "no-such-tag" }))).toEqual([]);
    expect(slugs(applyFilter(data, [], { category: "no-such-category" }))).toEqual([]);
  });

  it("offers a tag page the tags its posts share, with counts within that tag", () => {
    const scoped = posts.filter((x) => x.tags.includes("晶片"));
    expect(topChips(posts, 16, scoped, "晶片")).toEqual([
      { slug: "openai", name: "OpenAI", count: 1 },
      { slug: "企業-ai", name: "企業 AI", count: 1 },
    ]);
  });

  it("reports slugs it does not know instead of matching nothing", () => {
    const r = applyFilter(data, ["openai", "no-such-tag"]);
    expect(r.unknown).toEqual(["no-such-tag"]);
    expect(r.matches).toHaveLength(3);
  });

  it("offers the most used tags as chips", () => {
    expect(topChips(posts, 2)).toEqual([
      { slug: "openai", name: "OpenAI", count: 3 },
      { slug: "企業-ai", name: "企業 AI", count: 2 },
    ]);
  });
});

describe("selection in the URL", () => {
  it("reads repeated tag params, decoded and without duplicates", () => {
    expect(selectionFromSearch("?tag=openai&tag=%E4%BC%81%E6%A5%AD-ai&tag=openai&tag=")).toEqual(["openai", "企業-ai"]);
    expect(selectionFromSearch("?tag=c%2B%2B&tag=c%23")).toEqual(["c++", "c#"]);
  });

  it("writes tag params and keeps other params", () => {
    const q = searchWithSelection("?utm=x&tag=old", ["openai", "c++", "企業-ai"]);
    expect(selectionFromSearch(q)).toEqual(["openai", "c++", "企業-ai"]);
    expect(new URLSearchParams(q).get("utm")).toBe("x");
    expect(searchWithSelection("?tag=a", [])).toBe("");
  });
});

describe("categories", () => {
  it("maps configured names to their slugs, falls back to urlize and keeps the configured order", () => {
    const index = buildCategoryIndex(posts);
    expect(index.categories.map((c) => [c.slug, c.name, c.count])).toEqual([
      ["ai-industry", "AI 產業動態", 1],
      ["ai-tech", "AI 技術前沿", 1],
      ["新分類-x", "新分類 X", 1],
    ]);
  });
});

describe("archives", () => {
  it("groups by year and month in the site time zone, newest first", () => {
    const years = groupByMonth(posts, "Asia/Taipei");
    expect(years.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.posts.map((x) => x.slug)])])).toEqual([[2026, 4, [[1, ["a", "b", "c", "d"]]]]]);
    // The same instant is still December 2025 in UTC.
    expect(groupByMonth(posts, "UTC").map((y) => y.year)).toEqual([2026, 2025]);
  });
});

describe("list pages", () => {
  it("accepts only pages that exist", async () => {
    const { listPage } = await import("./pagination");
    const many = Array.from({ length: 45 }, () => posts[0]);
    expect(listPage(many, undefined)).toMatchObject({ page: 1, pages: 3 });
    expect(listPage(many, "3")!.items).toHaveLength(5);
    expect(listPage(many, "4")).toBeNull();
    expect(listPage(many, "02")).toBeNull();
    expect(listPage(many, "x")).toBeNull();
    expect(listPage([], undefined)).toMatchObject({ page: 1, pages: 1, items: [] });
  });
});
