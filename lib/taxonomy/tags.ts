/**
 * The tag index: groups spelling variants (case, width, spaces) under one slug and
 * shows the most used spelling. Derived once per content index.
 */
import type { Post } from "../content/post";
import { tagKey, urlize } from "./slugs";

export interface TagInfo {
  /** URL segment (decoded), e.g. 企業-ai */
  slug: string;
  /** Display name: the most used spelling. */
  name: string;
  count: number;
  /** Every spelling seen, most used first. */
  variants: string[];
  /** Newest first. */
  posts: Post[];
}

export interface TagIndex {
  tags: TagInfo[];
  bySlug: Map<string, TagInfo>;
  /** Every variant's own urlize() slug -> canonical tag, for old Hugo URLs. */
  byAnySlug: Map<string, TagInfo>;
  ofName(name: string): TagInfo | undefined;
}

const cache = new WeakMap<Post[], TagIndex>();

function compareByCountThenName(a: { count: number; name: string }, b: { count: number; name: string }): number {
  return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export function buildTagIndex(posts: Post[]): TagIndex {
  const cached = cache.get(posts);
  if (cached) return cached;
  const groups = new Map<string, { spellings: Map<string, number>; posts: Post[] }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const tag of post.tags) {
      const key = tagKey(tag);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { spellings: new Map(), posts: [] }));
      g.spellings.set(tag, (g.spellings.get(tag) ?? 0) + 1);
      g.posts.push(post);
    }
  }
  const byKey = new Map<string, TagInfo>();
  const bySlug = new Map<string, TagInfo>();
  const byAnySlug = new Map<string, TagInfo>();
  const tags: TagInfo[] = [];
  for (const [key, g] of groups) {
    const variants = [...g.spellings.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort(compareByCountThenName)
      .map((v) => v.name);
    const info: TagInfo = { slug: urlize(variants[0]) || key, name: variants[0], count: g.posts.length, variants, posts: g.posts };
    tags.push(info);
    byKey.set(key, info);
  }
  // Two groups can urlize alike through dropped punctuation (`AI/ML` and `AI ML`).
  // The more used one keeps the plain slug; the others get the first free `-2`, `-3`...
  // Assigning every plain slug first means a suffix never takes a real tag's slug,
  // and the order (count, then name) keeps URLs stable from build to build.
  tags.sort(compareByCountThenName);
  const losers: TagInfo[] = [];
  for (const info of tags) {
    if (bySlug.has(info.slug)) losers.push(info);
    else bySlug.set(info.slug, info);
  }
  for (const info of losers) {
    let n = 2;
    while (bySlug.has(`${info.slug}-${n}`)) n++;
    info.slug = `${info.slug}-${n}`;
    bySlug.set(info.slug, info);
  }
  for (const info of tags) {
    for (const v of info.variants) {
      const s = urlize(v);
      if (s && !bySlug.has(s) && !byAnySlug.has(s)) byAnySlug.set(s, info);
    }
    byAnySlug.set(info.slug, info);
  }
  const index: TagIndex = { tags, bySlug, byAnySlug, ofName: (n) => byKey.get(tagKey(n)) };
  cache.set(posts, index);
  return index;
}
