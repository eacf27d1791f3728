import { NextResponse, type NextRequest } from "next/server";
import { checkRequestPath } from "@/lib/http/request-guard";
import { buildEtag, matchesEtag } from "@/lib/http/etag";

/** What next.config.ts sends as the ETag of everything in a production build (none in dev). */
const BUILD_ETAG = process.env.NODE_ENV === "production" && process.env.APP_BUILD_ID ? buildEtag(process.env.APP_BUILD_ID) : null;

// Answered here, not by rewriting to the 404 route: Next proxies such a rewrite over
// HTTP to the configured hostname, which fails under load. These paths are probes, not readers.
const NOT_FOUND_HTML =
  '<!doctype html><html lang="zh-Hant-TW"><meta charset="utf-8"><title>找不到這個頁面（404）</title>' +
  '<h1>找不到這個頁面（404）</h1><p><a href="/">回到首頁看最新文章</a></p></html>\n';

/**
 * Bad request paths get a 400/404/414 before they reach the router (see
 * lib/http/request-guard.ts); a revalidation of anything this build served gets its 304
 * (next.config.ts adds the ETag and the other headers to it, as to every response).
 */
export function proxy(request: NextRequest) {
  const verdict = checkRequestPath(new URL(request.url).pathname);
  if (!verdict) return BUILD_ETAG && matchesEtag(request.headers.get("if-none-match"), BUILD_ETAG) ? new NextResponse(null, { status: 304 }) : NextResponse.next();
  const html = verdict.status === 404;
  return new NextResponse(html ? NOT_FOUND_HTML : `${verdict.status} ${verdict.reason}\n`, {
    status: verdict.status,
    headers: { "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * Only the paths the guard can refuse reach it: a `%` anywhere (malformed or
 * overlong encodings, encoded control characters, slashes and dots), a literal
 * `..`, or more than MAX_PATH_LENGTH (2,048) characters; checkRequestPath passes
 * every other path untouched. Next tries each matcher on the raw and on the decoded
 * path. Every other request (an ASCII post, the home page, feeds) skips the proxy
 * and its per-request cost, unless it is a revalidation (If-None-Match), which the
 * proxy answers. Hashed assets and image optimisation never need it.
 * The matchers must be literals (Next reads them at build time);
 * lib/http/proxy-matcher.test.ts compiles them as Next does and checks them
 * against the guard.
 */
export const config = {
  matcher: [
    "/((?!_next/static|_next/image).*%.*)",
    "/((?!_next/static|_next/image).*\\.\\..*)",
    "/((?!_next/static|_next/image).{2048,})",
    // Not health checks nor /api/ answers (analytics reach): they change within a build, so a build ETag would freeze them.
    { source: "/((?!_next/static|_next/image|healthz|api/).*)", has: [{ type: "header", key: "if-none-match" }] },
  ],
};
