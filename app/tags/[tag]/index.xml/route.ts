import { feedResponse, tagFeedParams, tagFeedSpec } from "@/lib/seo/feeds";
import { decodeSegment } from "@/lib/http/params";

export const dynamic = "force-static";
export const dynamicParams = true;
export const generateStaticParams = tagFeedParams;

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return feedResponse(tagFeedSpec(decodeSegment((await params).tag)), "rss");
}
