/**
 * A post's description and body text for search snippets, by its number in the search
 * index `version`: rendered on first request, cached, revalidated with the index
 * (searchTextUrl in lib/search/source.ts).
 */
import { searchTextOf, searchTextParams } from "@/lib/search/source";

export const dynamic = "force-static";
export const dynamicParams = true;
export const generateStaticParams = searchTextParams;

export async function GET(_req: Request, { params }: { params: Promise<{ version: string; n: string }> }) {
  const { version, n } = await params;
  const text = searchTextOf(version, n);
  if (text === null) return new Response("not found", { status: 404 });
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
