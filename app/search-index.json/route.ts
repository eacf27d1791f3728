/** The search index's meta file (posts, strategy, shard count), fetched when a reader starts searching. */
import { getSearchIndex } from "@/lib/search/source";

export const dynamic = "force-static";

export function GET() {
  return Response.json({ ...getSearchIndex().meta, build: process.env.APP_BUILD_ID ?? "dev" });
}
