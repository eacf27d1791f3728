import { NextResponse, type NextRequest } from "next/server";
import { canonicalRouteHandlerPath, checkRequestPath } from "@/lib/http/request-guard";

// Answered here, not by rewriting to the 404 route: Next proxies such a rewrite over
// HTTP to the configured hostname, which fails under load. These paths are probes, not readers.
const NOT_FOUND_HTML =
  '<!doctype html><html lang="zh-Hant-TW"><meta charset="utf-8"><title>找不到這個頁面（404）</title>' +
  '<h1>找不到這個頁面（404）</h1><p><a href="/">回到首頁看最新文章</a></p></html>\n';

/**
 * Bad request paths get a 400/404/414 before they reach the router, and a route handler's URL
 * spelt otherwise than the site spells it a 308 to the site's spelling (see lib/http/request-guard.ts).
 */
export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const verdict = checkRequestPath(url.pathname);
  if (!verdict) {
    const canonical = canonicalRouteHandlerPath(url.pathname);
    // Next wants it absolute here, and writes a same-origin Location back as a relative one.
    if (canonical) return NextResponse.redirect(new URL(canonical + url.search, request.url), 308);
    return NextResponse.next();
  }
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
 * and its per-request cost. Hashed assets and image optimisation never need it.
 * The matchers must be literals (Next reads them at build time);
 * lib/http/proxy-matcher.test.ts compiles them as Next does and checks them
 * against the guard.
 */
export const config = {
  matcher: [
    "/((?!_next/static|_next/image).*%.*)",
    "/((?!_next/static|_next/image).*\\.\\..*)",
    "/((?!_next/static|_next/image).{2048,})",
  ],
};
