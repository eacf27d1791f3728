import { feedResponse, siteFeedSpec } from "@/lib/seo/feeds";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(siteFeedSpec(), "rss");
}
