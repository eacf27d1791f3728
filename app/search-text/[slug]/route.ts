/** A post's description and body as plain text, fetched for the results a reader sees, for snippets. */
import { decodeSegment } from "@/lib/params";
import { getPosts } from "@/lib/posts";
import { searchText } from "@/lib/search/source";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((p) => ({ slug: p.slug }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeSegment((await params).slug);
  const text = slug === null ? null : searchText(slug);
  if (text === null) return new Response("not found", { status: 404 });
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
