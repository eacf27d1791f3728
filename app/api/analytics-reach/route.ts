/** Which configured analytics hosts the server can reach (lib/http/analytics-reach.ts); the inline loader asks before adding a tag. */
import { analyticsReachBody } from "@/lib/http/analytics-reach";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET() {
  // private: each browser keeps the answer for a few minutes, so a visit asks once, not per page.
  return Response.json(await analyticsReachBody(site.analytics), { headers: { "Cache-Control": "private, max-age=300" } });
}
