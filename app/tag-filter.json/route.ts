import { getPosts } from "@/lib/posts";
import { buildFilterData } from "@/lib/tag-filter-data";

// Written once at build time; the tag filter fetches it when a reader first uses it.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildFilterData(getPosts()));
}
