/** Readiness for load balancers and deploy scripts: 200 (503 while the server warms up at start), the build id and the content errors (lib/publish/health.ts). */
import { healthReport } from "@/lib/publish/health";

export const dynamic = "force-dynamic";

export function GET() {
  const report = healthReport();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
