/**
 * 相關文章: posts that share the most tags (variants merged) and the category with
 * a post. Deterministic: ties go to the newer post, then to the slug.
 */
import { buildCategoryIndex, type CategoryInfo } from "./categories";
import { comparePosts, type Post } from "../content/post";
import { sourceKey } from "./sources";
import { buildTagIndex } from "./tags";
import { categorySlug } from "./slugs";

/** A shared tag counts more than a shared category: tags are the more specific signal. */
const TAG_WEIGHT = 2;
const CATEGORY_WEIGHT = 1;

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
  const category = main === undefined ? undefined : buildCategoryIndex(posts).bySlug.get(categorySlug(main));
  if (category) {
    // A shared category alone is too weak a link when the post has tags to go by, so
    // then only posts that share a tag are scored for it (this runs for every post of
    // every build: walking the whole category per post was quadratic in the site).
    if (seenTags.size > 0) {
      const members = membersOf(category);
      for (const s of scores.values()) if (members.has(s.post)) s.score += CATEGORY_WEIGHT;
    } else for (const other of category.posts) add(other, CATEGORY_WEIGHT, false);
  }
  return topK([...scores.values()], limit, (a, b) => b.score - a.score || comparePosts(a.post, b.post));
}

const members = new WeakMap<CategoryInfo, Set<Post>>();

function membersOf(category: CategoryInfo): Set<Post> {
  let set = members.get(category);
  if (!set) members.set(category, (set = new Set(category.posts)));
  return set;
}

/** The first `k` of `items` in `compare` order, without sorting them all (popular tags hold thousands of posts). */
function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]) >= 0) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && compare(item, top[i - 1]) < 0) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = item;
  }
  return top;
}
