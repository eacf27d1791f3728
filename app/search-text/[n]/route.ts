/**
 * Dev only: a post's description and body text for search snippets, by its number in
 * the search index. Production builds write these as static files instead (see
 * searchTextUrl in lib/search/source.ts), so no page is prerendered here.
 */
import { getPosts } from "@/lib/content/store";
import { isDev } from "@/lib/content/environment";
import { searchText } from "@/lib/search/source";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return isDev() ? getPosts().map((_, n) => ({ n: String(n) })) : [];
}

export async function GET(_req: Request, { params }: { params: Promise<{ n: string }> }) {
  const post = getPosts()[Number((await params).n)];
  if (!post) return new Response("not found", { status: 404 });
  return new Response(searchText(post), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
