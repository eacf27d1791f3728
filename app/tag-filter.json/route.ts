import { tagFilterData } from "@/lib/views/tag-filter";

// Written once at build time; the tag filter fetches it when a reader first uses it.
export const dynamic = "force-static";

export function GET() {
  return Response.json(tagFilterData());
}
