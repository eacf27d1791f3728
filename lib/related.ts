/**
 * 相關文章: posts that share the most tags (variants merged) and the category with
 * a post. Deterministic: ties go to the newer post, then to the slug.
 */
import { comparePosts, type Post } from "./posts";
import { sourceKey } from "./sources";
import { buildTagIndex } from "./tags";
import { categorySlug } from "./taxonomy";

/** A shared tag counts more than a shared category: tags are the more specific signal. */
export const TAG_WEIGHT = 2;
export const CATEGORY_WEIGHT = 1;

export interface RelatedOptions {
  limit?: number;
}

export interface ScoredPost {
  post: Post;
  score: number;
  sharedTags: number;
}

export function relatedPosts(post: Post, posts: Post[], options: RelatedOptions = {}): ScoredPost[] {
  const limit = options.limit ?? 4;
  const index = buildTagIndex(posts);
  // Posts already in the 延伸閱讀 list are one click away; suggesting them again wastes a slot.
  const excluded = new Set([post.slug, ...post.internalLinks.map((l) => l.slug)]);
  // Another post on the same original article is the same story, not a related one.
  const source = sourceKey(post);
  const scores = new Map<Post, ScoredPost>();
  const add = (other: Post, points: number, tag: boolean) => {
    if (excluded.has(other.slug) || sourceKey(other) === source) return;
    let s = scores.get(other);
    if (!s) scores.set(other, (s = { post: other, score: 0, sharedTags: 0 }));
    s.score += points;
    if (tag) s.sharedTags++;
  };
  const seenTags = new Set<string>();
  for (const name of post.tags) {
    const tag = index.ofName(name);
    if (!tag || seenTags.has(tag.slug)) continue;
    seenTags.add(tag.slug);
    for (const other of tag.posts) add(other, TAG_WEIGHT, true);
  }
  const main = post.categories[0];
  if (main !== undefined) {
    const slug = categorySlug(main);
    for (const other of posts) {
      if (other.categories.some((c) => categorySlug(c) === slug)) add(other, CATEGORY_WEIGHT, false);
    }
  }
  return [...scores.values()]
    // A shared category alone is too weak a link when the post has tags to go by.
    .filter((s) => s.sharedTags > 0 || seenTags.size === 0)
    .sort((a, b) => b.score - a.score || comparePosts(a.post, b.post))
    .slice(0, limit);
}
