/** Liveness for load balancers and deploy scripts: 200 and the build id. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(
    { status: "ok", buildId: process.env.APP_BUILD_ID ?? "dev" },
    { headers: { "Cache-Control": "no-store" } },
  );
}
