/**
 * Series navigation: posts sharing a `series` name, in `series_order`; parts
 * without an order follow the numbered ones by date (oldest first).
 */
import type { Post } from "../content/post";
import { tagKey } from "./slugs";

export interface SeriesInfo {
  name: string;
  /** Reading order. */
  posts: Post[];
}

export interface SeriesPosition {
  series: SeriesInfo;
  /** 0-based index of the post in series.posts. */
  index: number;
}

function compareParts(a: Post, b: Post): number {
  if (a.seriesOrder !== null && b.seriesOrder !== null && a.seriesOrder !== b.seriesOrder) return a.seriesOrder - b.seriesOrder;
  if (a.seriesOrder !== null && b.seriesOrder === null) return -1;
  if (a.seriesOrder === null && b.seriesOrder !== null) return 1;
  const d = a.date.getTime() - b.date.getTime();
  if (d !== 0) return d;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

const cache = new WeakMap<Post[], Map<string, SeriesInfo>>();

/** Series by key; names differing only in case or spacing are one series. */
export function buildSeriesIndex(posts: Post[]): Map<string, SeriesInfo> {
  const cached = cache.get(posts);
  if (cached) return cached;
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    if (!post.series) continue;
    const key = tagKey(post.series);
    const list = groups.get(key);
    if (list) list.push(post);
    else groups.set(key, [post]);
  }
  const index = new Map<string, SeriesInfo>();
  for (const [key, list] of groups) {
    const ordered = [...list].sort(compareParts);
    // The first part's spelling names the series, so the name does not move with new posts.
    index.set(key, { name: ordered[0].series ?? key, posts: ordered });
  }
  cache.set(posts, index);
  return index;
}

export function seriesOf(post: Post, posts: Post[]): SeriesPosition | null {
  if (!post.series) return null;
  const series = buildSeriesIndex(posts).get(tagKey(post.series));
  if (!series) return null;
  const index = series.posts.indexOf(post);
  return index < 0 ? null : { series, index };
}
