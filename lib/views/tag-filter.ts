/** Builds the tag filter's data (see lib/browser/filter-posts.ts) and its chips from the content index. */
import { TAG_FILTER_DATA_PATH } from "../http/routes";
import { zonedParts } from "../content/dates";
import type { Post } from "../content/post";
import { getPosts } from "../content/store";
import { site } from "../site";
import type { Chip, FilterCategory, FilterData, FilterPost, FilterScope } from "../browser/filter-posts";
import { buildTagIndex, type TagInfo } from "../taxonomy/tags";
import { categorySlug } from "../taxonomy/slugs";

const pad = (n: number) => String(n).padStart(2, "0");

export function buildFilterData(posts: Post[]): FilterData {
  const index = buildTagIndex(posts);
  // Tag ids follow the index order (most used first), so common tags get short ids.
  const idOf = new Map(index.tags.map((t, i) => [t, i]));
  const categories: FilterCategory[] = [];
  const categoryId = new Map<string, number>();
  const rows: FilterPost[] = posts.map((post) => {
    const p = zonedParts(post.date, site.timeZone);
    const cats = new Set<number>();
    for (const name of post.categories) {
      const slug = categorySlug(name);
      let id = categoryId.get(slug);
      if (id === undefined) {
        id = categories.push([slug, name]) - 1;
        categoryId.set(slug, id);
      }
      cats.add(id);
    }
    const ids = new Set<number>();
    for (const name of post.tags) {
      const tag = index.ofName(name);
      if (tag) ids.add(idOf.get(tag)!);
    }
    return [post.slug, post.title, `${p.year}-${pad(p.month)}-${pad(p.day)}`, [...cats], [...ids]];
  });
  return { tags: index.tags.map((t) => [t.slug, t.name]), categories, posts: rows };
}

/**
 * The most used tags among `scoped` (a tag's or a category's posts; all posts by
 * default), for the filter's chips. Slugs and names come from the index of all
 * posts, so a chip's slug is the tag page's slug.
 */
export function topChips(posts: Post[], limit = 16, scoped: Post[] = posts, exclude?: string): Chip[] {
  const index = buildTagIndex(posts);
  if (scoped === posts && exclude === undefined) {
    return index.tags.slice(0, limit).map((t) => ({ slug: t.slug, name: t.name, count: t.count }));
  }
  const counts = new Map<TagInfo, number>();
  for (const post of scoped) {
    const seen = new Set<TagInfo>();
    for (const name of post.tags) {
      const tag = index.ofName(name);
      if (!tag || seen.has(tag) || tag.slug === exclude) continue;
      seen.add(tag);
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map(([t, count]) => ({ slug: t.slug, name: t.name, count }));
}

/** Where the filter data is served; the build id in the query keeps caches from serving an old build's data. */
function filterDataUrl(): string {
  const build = process.env.APP_BUILD_ID;
  return build ? `${TAG_FILTER_DATA_PATH}?v=${encodeURIComponent(build)}` : TAG_FILTER_DATA_PATH;
}

export interface TagFilterProps {
  chips: Chip[];
  dataUrl: string;
  scope?: FilterScope;
}

/**
 * Props for a list's tag filter: all posts, or those of one tag or category (scope
 * slugs). Null when a tag's or category's list fits on one page: it is short
 * enough to scan, and chips would only crowd it.
 */
export function tagFilterProps(posts: Post[], scope?: { tag?: string; category?: string; posts: Post[] }): TagFilterProps | null {
  if (!scope) return { chips: topChips(posts), dataUrl: filterDataUrl() };
  if (scope.posts.length <= site.pageSize) return null;
  return {
    chips: topChips(posts, 16, scope.posts, scope.tag),
    dataUrl: filterDataUrl(),
    scope: { ...(scope.tag !== undefined && { tag: scope.tag }), ...(scope.category !== undefined && { category: scope.category }) },
  };
}

/** /tag-filter.json: the data of every post a reader sees. */
export const tagFilterData = (): FilterData => buildFilterData(getPosts());
