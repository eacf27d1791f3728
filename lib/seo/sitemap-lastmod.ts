/**
 * What next-sitemap cannot know from the build manifest: each page's last
 * modification (a post's lastmod or date; a list's newest post). Keys are decoded
 * site paths with a trailing slash.
 */
import { buildCategoryIndex } from "../taxonomy/categories";
import { toZonedIso } from "../content/dates";
import type { Post } from "../content/post";
import { site } from "../site";
import { buildTagIndex } from "../taxonomy/tags";
import { categorySlug } from "../taxonomy/slugs";

const lastmodOf = (p: Post) => (p.updated && p.updated > p.date ? p.updated : p.date);

function newest(posts: Post[]): string | undefined {
  let best: Date | undefined;
  for (const p of posts) {
    const d = lastmodOf(p);
    if (!best || d > best) best = d;
  }
  return best && toZonedIso(best, site.timeZone);
}

export function sitemapLastmods(posts: Post[]): Record<string, string> {
  const out: Record<string, string> = {};
  const all = newest(posts);
  if (all) {
    out["/"] = all;
    out["/tags/"] = all;
    out["/categories/"] = all;
    out["/archives/"] = all;
  }
  for (const p of posts) out[`/posts/${p.slug}/`] = toZonedIso(lastmodOf(p), site.timeZone);
  for (const t of buildTagIndex(posts).tags) out[`/tags/${t.slug}/`] = newest(t.posts)!;
  for (const c of buildCategoryIndex(posts).categories) out[`/categories/${categorySlug(c.name)}/`] = newest(c.posts)!;
  return out;
}
