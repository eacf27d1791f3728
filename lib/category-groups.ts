/** Posts grouped by category (every category a post lists, not only its first). */
import type { Post } from "./posts";
import { categorySlug } from "./taxonomy";

export interface CategoryGroup {
  slug: string;
  name: string;
  /** Newest first, as the input. */
  posts: Post[];
}

const cache = new WeakMap<Post[], CategoryGroup[]>();

export function groupByCategory(posts: Post[]): CategoryGroup[] {
  const cached = cache.get(posts);
  if (cached) return cached;
  const bySlug = new Map<string, CategoryGroup>();
  for (const post of posts) {
    for (const name of new Set(post.categories)) {
      const slug = categorySlug(name);
      let g = bySlug.get(slug);
      if (!g) bySlug.set(slug, (g = { slug, name, posts: [] }));
      if (!g.posts.includes(post)) g.posts.push(post);
    }
  }
  const groups = [...bySlug.values()];
  cache.set(posts, groups);
  return groups;
}
