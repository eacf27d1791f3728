import { ogCardParams, ogCardPng } from "@/lib/views/og-card";

// Drawn on the first request for each card, then served from Next's cache like a prerendered page.
export const dynamic = "force-static";
export const generateStaticParams = ogCardParams;

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const png = await ogCardPng((await params).path);
  if (!png) return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
