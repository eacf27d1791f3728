/** One shard of the search index's tokens; a query fetches only the shards its tokens live in. */
import { getSearchIndex } from "@/lib/search/source";

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return getSearchIndex().shards.map((_, i) => ({ shard: String(i) }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ shard: string }> }) {
  const shard = getSearchIndex().shards[Number((await params).shard)];
  if (!shard) return new Response("not found", { status: 404 });
  return Response.json(shard);
}
