/**
 * Google News sitemap: the posts published in the last two days, with the
 * publication's name and language. Written next to sitemap.xml after the build.
 */
import { toZonedIso } from "../content/dates";
import { absolute } from "./metadata";
import type { Post } from "../content/post";
import { postHref } from "../http/routes";
import { site } from "../site";

const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Posts dated within the window before `now` (never future ones), newest first. */
export function newsPosts(posts: Post[], now: Date): Post[] {
  const t = now.getTime();
  return posts.filter((p) => p.date.getTime() <= t && t - p.date.getTime() <= NEWS_WINDOW_MS);
}

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export function newsSitemapXml(posts: Post[]): string {
  const urls = posts.map(
    (p) => `  <url>
    <loc>${escapeXml(absolute(postHref(p.slug)))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.title)}</news:name>
        <news:language>zh-tw</news:language>
      </news:publication>
      <news:publication_date>${toZonedIso(p.date, site.timeZone)}</news:publication_date>
      <news:title>${escapeXml(p.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join("\n")}
</urlset>
`;
}
