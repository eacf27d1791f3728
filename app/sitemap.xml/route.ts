/** /sitemap.xml from the content index (lib/seo/sitemap-xml.ts); cached, and revalidated when content changes. */
import { servedSitemaps } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-static";

export function GET() {
  return new Response(servedSitemaps.index(), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
