/**
 * The category index: one page per category slug. Slugs come from the site's
 * display-name -> slug map, with urlize() for names the map does not know.
 */
import type { Post } from "../content/post";
import { site } from "../site";
import { categorySlug } from "./slugs";

export interface CategoryInfo {
  slug: string;
  /** Display name: the name as written in front matter (the map's key when mapped). */
  name: string;
  count: number;
  /** Newest first. */
  posts: Post[];
}

export interface CategoryIndex {
  /** Configured categories first, in the map's order, then the rest by count and name. */
  categories: CategoryInfo[];
  bySlug: Map<string, CategoryInfo>;
}

const cache = new WeakMap<Post[], CategoryIndex>();

export function buildCategoryIndex(posts: Post[]): CategoryIndex {
  const cached = cache.get(posts);
  if (cached) return cached;
  const bySlug = new Map<string, CategoryInfo>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const name of post.categories) {
      const slug = categorySlug(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      let info = bySlug.get(slug);
      if (!info) bySlug.set(slug, (info = { slug, name, count: 0, posts: [] }));
      info.count++;
      info.posts.push(post);
    }
  }
  const configured = Object.values(site.categories);
  const rank = (slug: string) => {
    const i = configured.indexOf(slug);
    return i < 0 ? configured.length : i;
  };
  const categories = [...bySlug.values()].sort(
    (a, b) => rank(a.slug) - rank(b.slug) || b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const index = { categories, bySlug };
  cache.set(posts, index);
  return index;
}
