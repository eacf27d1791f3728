/** The search index's meta file (posts, strategy, shard count), fetched when a reader starts searching. */
import { isDev } from "@/lib/content/environment";
import { getSearchIndex, searchTextUrl } from "@/lib/search/source";

export const dynamic = "force-static";

export function GET() {
  const build = process.env.APP_BUILD_ID ?? "dev";
  return Response.json({ ...getSearchIndex().meta, build, texts: searchTextUrl(build, isDev()) });
}
