/**
 * What sitemap.xml says of each page of the site (sitemap-xml.ts lists them from the
 * content index); this decides, for each, whether it is a page
 * readers land on at all (not a feed, data file, card or health check), the URL it is
 * served at, and its last modification (a post's lastmod or date; a list's newest
 * post). Keys are decoded site paths with a trailing slash.
 */
import { toZonedIso } from "../content/dates";
import type { PageDoc } from "../content/entry";
import type { Post } from "../content/post";
import {
  archivesHref,
  categoriesHref,
  categorySlugHref,
  HEALTH_PATH,
  homeHref,
  postHref,
  readingListHref,
  searchShardPath,
  searchTextPath,
  servedPath,
  tagHref,
  tagsHref,
} from "../http/routes";
import { site } from "../site";
import { buildCategoryIndex } from "../taxonomy/categories";
import { buildTagIndex } from "../taxonomy/tags";

export interface SitemapEntry {
  /** The served path, percent-encoded. */
  loc: string;
  trailingSlash: boolean;
  lastmod?: string;
  changefreq: "daily" | "weekly";
  priority: number;
}

const lastmodOf = (p: Post) => (p.updated && p.updated > p.date ? p.updated : p.date);

function newest(posts: Post[]): string | undefined {
  let best: Date | undefined;
  for (const p of posts) {
    const d = lastmodOf(p);
    if (!best || d > best) best = d;
  }
  return best && toZonedIso(best, site.timeZone);
}

/** A site path decoded, with a trailing slash: how entries are keyed. */
function sitemapKey(path: string): string {
  let p = path;
  try {
    p = decodeURIComponent(path);
  } catch {
    // keep as is
  }
  return p.endsWith("/") ? p : `${p}/`;
}

function sitemapLastmods(posts: Post[]): Record<string, string> {
  const out: Record<string, string> = {};
  const all = newest(posts);
  if (all) for (const href of [homeHref(), tagsHref(), categoriesHref(), archivesHref()]) out[href] = all;
  for (const p of posts) out[sitemapKey(postHref(p.slug))] = toZonedIso(lastmodOf(p), site.timeZone);
  for (const t of buildTagIndex(posts).tags) out[sitemapKey(tagHref(t.slug))] = newest(t.posts)!;
  for (const c of buildCategoryIndex(posts).categories) out[sitemapKey(categorySlugHref(c.slug))] = newest(c.posts)!;
  return out;
}

const prefixOf = (pattern: string) => sitemapKey(pattern).replace(/[^/]*\/[^/]*\/$/, "");
/** Prerendered paths that are not pages: data the browser fetches, per-post snippet texts, cards, feeds. */
const NOT_PAGES = [prefixOf(searchShardPath("v", "x")), prefixOf(searchTextPath("v", "x")), "/og/"];
const NOT_INDEXED = new Set([sitemapKey(HEALTH_PATH), sitemapKey(readingListHref())]);

function isPage(key: string): boolean {
  if (key === "/404/" || key === "/500/" || key.startsWith("/_")) return false;
  if (NOT_INDEXED.has(key) || NOT_PAGES.some((p) => key.startsWith(p))) return false;
  // Feeds, JSON data and icons; a tag such as node.js is a page, and lives below /tags/.
  return !/^\/[^/]+\.\w+\/$/.test(key) && !/\/index\.xml\/$/.test(key);
}

/**
 * The entry of each prerendered path that is a page. A tag spelling variant's page
 * only redirects to the canonical tag (which has a lastmod), so it is left out, as is
 * every path in `redirects` (old URLs: decoded, trailing slash unless file-like; see
 * lib/views/redirects.ts).
 */
export function sitemapEntries(paths: Iterable<string>, posts: Post[], pages: Iterable<PageDoc> = [], redirects: Iterable<string> = []): Record<string, SitemapEntry> {
  const moved = new Set([...redirects].map(sitemapKey));
  const lastmod = sitemapLastmods(posts);
  // A page or entity's own date (lastmod, date or last_updated) when it gives one.
  for (const doc of pages) {
    const updated = doc.updated ?? (typeof doc.fields.last_updated === "string" ? doc.fields.last_updated : null);
    if (updated) lastmod[sitemapKey(doc.href)] = typeof updated === "string" ? updated : toZonedIso(updated, site.timeZone);
  }
  const out: Record<string, SitemapEntry> = {};
  for (const path of paths) {
    const key = sitemapKey(path);
    if (!isPage(key) || moved.has(key)) continue;
    if (key.startsWith(tagsHref()) && /^\/[^/]+\/[^/]+\/$/.test(key) && !(key in lastmod)) continue;
    const served = servedPath(key);
    out[key] = {
      loc: served,
      trailingSlash: served.endsWith("/"),
      lastmod: lastmod[key],
      changefreq: key.startsWith("/posts/") ? "weekly" : "daily",
      priority: key === homeHref() ? 1 : key.startsWith("/posts/") ? 0.8 : 0.5,
    };
  }
  return out;
}
