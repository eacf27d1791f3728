/** Which posts are based on the same original article (source_url). */
import type { Post } from "../content/post";

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|ref$|ref_src$)/i;

// Memoised per post: related posts compare keys across popular tags' thousands of posts, for every post of a build.
const keys = new WeakMap<object, string>();

/**
 * Posts based on the same original share a key. URLs that differ only in scheme,
 * `www.`, a trailing slash, a #fragment or tracking parameters are one source; a
 * post without a source is a story of its own.
 */
export function sourceKey(post: Pick<Post, "slug" | "sourceUrl">): string {
  let key = keys.get(post);
  if (key === undefined) keys.set(post, (key = computeSourceKey(post)));
  return key;
}

function computeSourceKey(post: Pick<Post, "slug" | "sourceUrl">): string {
  const raw = post.sourceUrl?.trim();
  if (!raw) return `post:${post.slug}`;
  try {
    const url = new URL(raw);
    for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
    url.searchParams.sort();
    const host = url.hostname.replace(/^www\./, "");
    const pathname = url.pathname.replace(/\/+$/, "");
    return `src:${host}${pathname}${url.search}`;
  } catch {
    return `src:${raw}`;
  }
}
