import { describe, expect, it } from "vitest";
import { neighbors } from "./neighbors";
import { postFooterData } from "../views/post-footer";
import { loadContentIndex } from "../content/content-index";
import type { Post } from "../content/post";
import { buildSeriesIndex, seriesOf } from "./series";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");
function load(files: Record<string, string>): Post[] {
  const { posts, diagnostics } = loadContentIndex({ dir: postsFolder(files), now: NOW, includeDrafts: false });
  expect(diagnostics).toEqual([]);
  return posts;
}
const part = (day: string, series: string, order?: number) =>
  post({ title: `P${day}`, date: `2026-01-${day}T10:00:00+08:00`, series: JSON.stringify(series), ...(order === undefined ? {} : { series_order: String(order) }) });

describe("series", () => {
  const posts = load({
    "d.md": part("01", "Agent 入門"),
    "b.md": part("05", "Agent 入門", 2),
    "a.md": part("09", "agent入門", 1),
    "c.md": part("03", "Agent 入門", 3),
    "e.md": part("02", "Agent 入門"),
    "solo.md": part("04", "另一個系列"),
    "none.md": post({ title: "N", date: "2026-01-06T10:00:00+08:00" }),
  });
  const bySlug = (s: string) => posts.find((p) => p.slug === s)!;

  it("orders numbered parts first, then unnumbered ones by date, merging spelling variants", () => {
    const [series] = [...buildSeriesIndex(posts).values()].filter((s) => s.posts.length > 1);
    expect(series.posts.map((p) => p.slug)).toEqual(["a", "b", "c", "d", "e"]);
    expect(series.name).toBe("agent入門");
  });

  it("gives a post its position", () => {
    const pos = seriesOf(bySlug("c"), posts)!;
    expect(pos.index).toBe(2);
    expect(pos.series.posts).toHaveLength(5);
    expect(seriesOf(bySlug("none"), posts)).toBeNull();
  });

  it("shows series navigation only when the series has another part", () => {
    const data = postFooterData(bySlug("b"), posts);
    expect(data.series).toMatchObject({ position: 2, total: 5 });
    expect(data.series!.parts.filter((p) => p.current).map((p) => p.slug)).toEqual(["b"]);
    expect(postFooterData(bySlug("solo"), posts).series).toBeNull();
  });
});

describe("neighbors", () => {
  it("links the older and newer post in list order", () => {
    const posts = load({ "x.md": part("01", "s"), "y.md": part("02", "s"), "z.md": part("03", "s") });
    const y = posts.find((p) => p.slug === "y")!;
    expect(neighbors(y, posts)).toMatchObject({ older: { slug: "x" }, newer: { slug: "z" } });
    expect(neighbors(posts[0], posts).newer).toBeNull();
    expect(neighbors(posts[2], posts).older).toBeNull();
  });
});
