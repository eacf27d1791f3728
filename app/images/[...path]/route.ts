/** Images added under public/images/ after the build (lib/publish/public-files.ts); the build's own are served by Next first. */
import { servePublicImage } from "@/lib/publish/public-files";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ path: string[] }> };

export async function GET(request: Request, { params }: Ctx) {
  return servePublicImage(request, (await params).path);
}

export async function HEAD(request: Request, { params }: Ctx) {
  return servePublicImage(request, (await params).path);
}
