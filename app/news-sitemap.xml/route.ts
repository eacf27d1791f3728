/** /news-sitemap.xml from the content index (lib/seo/sitemap-xml.ts); cached, and revalidated when content changes. */
import { servedSitemaps } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-static";
// The window is the last two days: hourly, besides the revalidation when a post is published.
export const revalidate = 3600;

export function GET() {
  return new Response(servedSitemaps.news(), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
