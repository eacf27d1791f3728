import { categoryFeedParams, categoryFeedSpec, feedResponse } from "@/lib/seo/feeds";
import { decodeSegment } from "@/lib/http/params";

export const dynamic = "force-static";
export const dynamicParams = true;
export const generateStaticParams = categoryFeedParams;

export async function GET(_request: Request, { params }: { params: Promise<{ category: string }> }) {
  return feedResponse(categoryFeedSpec(decodeSegment((await params).category)), "rss");
}
