/** What list pages and cards need of a post: small, serialisable, no body. */
import { getContentIndex } from "../content/store";
import type { Cover, Post } from "../content/post";
import { formatReadingTime } from "../content/reading-time";
import { buildTagIndex } from "../taxonomy/tags";

export interface TagRef {
  slug: string;
  name: string;
}

export interface PostSummary {
  slug: string;
  title: string;
  description: string;
  date: Date;
  category: string | null;
  tags: TagRef[];
  draft: boolean;
  /** null when the post has none (or its file is missing): cards draw a placeholder. */
  cover: Cover | null;
  /** 約 N 分鐘 */
  readingTime: string;
}

/** The post's tags as links to their (variant-merged) tag pages. */
export function tagRefs(post: Post): TagRef[] {
  const index = buildTagIndex(getContentIndex().posts);
  const out: TagRef[] = [];
  const seen = new Set<string>();
  for (const name of post.tags) {
    const info = index.ofName(name);
    if (!info || seen.has(info.slug)) continue;
    seen.add(info.slug);
    out.push({ slug: info.slug, name: info.name });
  }
  return out;
}

export function summarize(post: Post): PostSummary {
  return {
    slug: post.slug,
    title: post.title,
    description: post.description,
    date: post.date,
    category: post.categories[0] ?? null,
    tags: tagRefs(post),
    draft: post.draft,
    cover: post.cover,
    readingTime: formatReadingTime(post),
  };
}
