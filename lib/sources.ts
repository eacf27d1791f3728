/** Which posts are based on the same original article (source_url). */
import type { Post } from "./posts";

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|ref$|ref_src$)/i;

/**
 * Posts based on the same original share a key. URLs that differ only in scheme,
 * `www.`, a trailing slash, a #fragment or tracking parameters are one source; a
 * post without a source is a story of its own.
 */
export function sourceKey(post: Pick<Post, "slug" | "sourceUrl">): string {
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
