/** Builds the tag filter's data (see lib/tag-filter.ts) and its chips from the content index. */
import { zonedParts } from "./dates";
import type { Post } from "./posts";
import { site } from "./site";
import type { Chip, FilterData, FilterPost } from "./tag-filter";
import { buildTagIndex } from "./tags";

const pad = (n: number) => String(n).padStart(2, "0");

export function buildFilterData(posts: Post[]): FilterData {
  const index = buildTagIndex(posts);
  // Tag ids follow the index order (most used first), so common tags get short ids.
  const idOf = new Map(index.tags.map((t, i) => [t, i]));
  const categories: string[] = [];
  const categoryId = new Map<string, number>();
  const rows: FilterPost[] = posts.map((post) => {
    const p = zonedParts(post.date, site.timeZone);
    const main = post.categories[0];
    let cat = -1;
    if (main !== undefined) {
      cat = categoryId.get(main) ?? categories.length;
      if (cat === categories.length) {
        categories.push(main);
        categoryId.set(main, cat);
      }
    }
    const ids = new Set<number>();
    for (const name of post.tags) {
      const tag = index.ofName(name);
      if (tag) ids.add(idOf.get(tag)!);
    }
    return [post.slug, post.title, `${p.year}-${pad(p.month)}-${pad(p.day)}`, cat, [...ids]];
  });
  return { tags: index.tags.map((t) => [t.slug, t.name]), categories, posts: rows };
}

/** The most used tags, for the filter's chips. */
export function topChips(posts: Post[], limit = 16): Chip[] {
  return buildTagIndex(posts)
    .tags.slice(0, limit)
    .map((t) => ({ slug: t.slug, name: t.name, count: t.count }));
}

/** Where the filter data is served; the build id in the query keeps caches from serving an old build's data. */
export function filterDataUrl(): string {
  const build = process.env.APP_BUILD_ID;
  return build ? `/tag-filter.json?v=${encodeURIComponent(build)}` : "/tag-filter.json";
}

/** Props for a list page's tag filter. */
export function tagFilterProps(posts: Post[]): { chips: Chip[]; dataUrl: string } {
  return { chips: topChips(posts), dataUrl: filterDataUrl() };
}
