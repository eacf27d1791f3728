/** The search index's meta file (posts, strategy, shard count), fetched when a reader starts searching. */
import { searchIndexMeta } from "@/lib/search/source";

export const dynamic = "force-static";

export function GET() {
  return Response.json(searchIndexMeta());
}
