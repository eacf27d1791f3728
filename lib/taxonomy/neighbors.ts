/** Previous (older) and next (newer) post in the site's newest-first order. */
import type { Post } from "../content/post";

export interface Neighbors {
  older: Post | null;
  newer: Post | null;
}

export function neighbors(post: Post, posts: Post[]): Neighbors {
  const i = posts.indexOf(post);
  if (i < 0) return { older: null, newer: null };
  return { older: posts[i + 1] ?? null, newer: posts[i - 1] ?? null };
}
