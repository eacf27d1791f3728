import { describe, expect, it } from "vitest";
import { parseSaved, withSaved, withoutSaved, type SavedPost } from "./saved-posts";

const a: SavedPost = { slug: "a", title: "甲", date: "2026 年 1 月 1 日", href: "/posts/a/" };
const b: SavedPost = { slug: "b", title: "乙", date: "2026 年 1 月 2 日", href: "/posts/b/" };

describe("saved posts", () => {
  it("adds newest first and moves a post saved again to the top without duplicating it", () => {
    expect(withSaved([a], b)).toEqual([b, a]);
    expect(withSaved([b, a], a)).toEqual([a, b]);
  });

  it("removes by slug", () => {
    expect(withoutSaved([b, a], "b")).toEqual([a]);
    expect(withoutSaved([a], "zzz")).toEqual([a]);
  });

  it("round-trips through JSON and drops malformed entries", () => {
    expect(parseSaved(JSON.stringify([a, b]))).toEqual([a, b]);
    expect(parseSaved(JSON.stringify([a, { slug: "x" }, 3, null]))).toEqual([a]);
    expect(parseSaved("{not json")).toEqual([]);
    expect(parseSaved(JSON.stringify({ a }))).toEqual([]);
    expect(parseSaved(null)).toEqual([]);
  });
});
