/** One shard of the search index's tokens; a query fetches only the shards its tokens live in. */
import { searchShardOf, searchShardParams } from "@/lib/search/source";

export const dynamic = "force-static";
export const dynamicParams = true;
export const generateStaticParams = searchShardParams;

export async function GET(_req: Request, { params }: { params: Promise<{ version: string; shard: string }> }) {
  const { version, shard } = await params;
  const data = searchShardOf(version, shard);
  // Another index's shard (a page opened before a publish): the browser reloads the meta.
  if (!data) return new Response("not found", { status: 404 });
  return Response.json(data);
}
