/**
 * sitemap.xml (an index of sitemap-0.xml and news-sitemap.xml), sitemap-0.xml and robots.txt,
 * served by routes from the content index (app/sitemap.xml/ and the others), so a post published
 * or scheduled without a build is listed once its URLs are revalidated. The URLs and the shape
 * are what next-sitemap wrote after the build; which pages are listed and their lastmod are
 * still decided by sitemap-entries.ts, now over the site's pages from the index rather than the
 * build's prerender manifest (which no longer lists pages rendered on first request).
 */
import type { EntriesIndex } from "../content/entries-index";
import type { Post } from "../content/post";
import {
  archivesHref,
  categoriesHref,
  categoryPageHref,
  homeHref,
  NEWS_SITEMAP_PATH,
  postHref,
  postsPageHref,
  searchHref,
  SITEMAP_INDEX_PATH,
  SITEMAP_PAGES_PATH,
  sitemapPageHref,
  tagPageHref,
  tagsHref,
} from "../http/routes";
import { site } from "../site";
import { buildCategoryIndex } from "../taxonomy/categories";
import { buildTagIndex } from "../taxonomy/tags";
import { getEntriesIndex, getPosts } from "../content/store";
import { absolute } from "./metadata";
import { newsPosts, newsSitemapXml } from "./news-sitemap";
import { sitemapEntries, type SitemapEntry } from "./sitemap-entries";

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
const pages = (count: number) => Math.max(1, Math.ceil(count / site.pageSize));

/** Every page the site serves for these posts and entries (sitemapEntries keeps the ones to list). */
export function sitePaths(posts: Post[], entries: Pick<EntriesIndex, "byHref">): string[] {
  const out = [homeHref(), tagsHref(), categoriesHref(), archivesHref(), searchHref(), sitemapPageHref()];
  for (let n = 1; n <= pages(posts.length); n++) out.push(postsPageHref(n));
  for (const p of posts) out.push(postHref(p.slug));
  for (const t of buildTagIndex(posts).tags) for (let n = 1; n <= pages(t.count); n++) out.push(tagPageHref(t.slug, n));
  for (const c of buildCategoryIndex(posts).categories) for (let n = 1; n <= pages(c.count); n++) out.push(categoryPageHref(c.slug, n));
  for (const href of entries.byHref.keys()) out.push(href);
  return out;
}

export function urlsetXml(entries: Iterable<SitemapEntry>): string {
  const urls = [...entries].map(
    (e) =>
      `<url><loc>${escapeXml(absolute(e.loc))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}<changefreq>${e.changefreq}</changefreq><priority>${e.priority}</priority></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** sitemap-0.xml: the pages of the content index. */
export function pagesSitemapXml(posts: Post[], entries: EntriesIndex): string {
  return urlsetXml(Object.values(sitemapEntries(sitePaths(posts, entries), posts, entries.byHref.values())));
}

export function sitemapIndexXml(): string {
  const maps = [SITEMAP_PAGES_PATH, NEWS_SITEMAP_PATH].map((p) => `<sitemap><loc>${escapeXml(absolute(p))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join("\n")}\n</sitemapindex>\n`;
}

export function robotsTxt(): string {
  return `# *\nUser-agent: *\nAllow: /\n\n# Sitemaps\nSitemap: ${absolute(SITEMAP_INDEX_PATH)}\nSitemap: ${absolute(NEWS_SITEMAP_PATH)}\n`;
}

/** The served sitemaps' bodies, from the index this process serves. */
export const servedSitemaps = {
  index: () => sitemapIndexXml(),
  pages: () => pagesSitemapXml(getPosts(), getEntriesIndex()),
  news: () => newsSitemapXml(newsPosts(getPosts(), new Date())),
  robots: () => robotsTxt(),
};
