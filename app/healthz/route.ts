/** Liveness for load balancers and deploy scripts: 200, the build id and the content errors (lib/publish/health.ts). */
import { healthReport } from "@/lib/publish/health";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(healthReport(), { headers: { "Cache-Control": "no-store" } });
}
