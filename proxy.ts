import { NextResponse, type NextRequest } from "next/server";
import { checkRequestPath } from "@/lib/request-guard";

/** Bad request paths get a 400 or the 404 page instead of reaching the router (see lib/request-guard.ts). */
export function proxy(request: NextRequest) {
  // The raw path as sent: nextUrl may already be normalised.
  const raw = new URL(request.url).pathname;
  const verdict = checkRequestPath(raw);
  if (!verdict) return NextResponse.next();
  // A path no route matches, so Next answers with the 404 page and status.
  if (verdict.status === 404) {
    const url = request.nextUrl.clone();
    url.pathname = "/__not-found__/";
    return NextResponse.rewrite(url);
  }
  return new NextResponse(`${verdict.status} ${verdict.reason}\n`, {
    status: verdict.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const config = {
  // Hashed assets and image optimisation never need the check.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
