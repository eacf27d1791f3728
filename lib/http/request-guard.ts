/**
 * Rejects request paths no page can answer before Next.js routes them: malformed
 * or overlong percent-encodings (which Next's router turns into a 500), control
 * characters, and segments that decode to `.`/`..` or hide a slash. Used by proxy.ts.
 */

export type GuardVerdict = { status: 400 | 404 | 414; reason: string } | null;

/** Longer paths are refused outright: no post slug comes near this. */
export const MAX_PATH_LENGTH = 2048;

export function checkRequestPath(pathname: string): GuardVerdict {
  if (pathname.length > MAX_PATH_LENGTH) return { status: 414, reason: "path too long" };
  if (!pathname.includes("%") && !pathname.includes("..")) return null;
  for (const raw of pathname.split("/")) {
    if (raw === "") continue;
    let segment: string;
    try {
      // Throws on truncated (%E4%), invalid (%ZZ) and overlong (%C0%AE) UTF-8.
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400, reason: "malformed percent-encoding" };
    }
    if (/[\u0000-\u001f\u007f]/.test(segment)) return { status: 400, reason: "control character in path" };
    if (segment === "." || segment === ".." || /[/\\]/.test(segment)) return { status: 404, reason: "path traversal" };
  }
  return null;
}

/**
 * The site's own spelling (routes.ts: encodeURIComponent per segment) of a route handler's URL,
 * when `pathname` spells it otherwise (%e5 for %E5, %2D for -), else null. Route handler URLs
 * are the ones without the trailing slash every page has (OG cards, feeds). Next caches such a
 * body under the decoded path but tags it with the URL as first asked (a page's tag is
 * normalised; a route's is not: Next 16.4), so a card first drawn for a lower-case spelling
 * kept a tag the revalidation of the site's URL never names, and stayed stale after a title
 * edit (e2e/publish.spec.ts). Only for a path checkRequestPath let through (it decodes).
 */
export function canonicalRouteHandlerPath(pathname: string): string | null {
  if (pathname.endsWith("/") || !pathname.includes("%")) return null;
  try {
    const canonical = pathname
      .split("/")
      .map((s) => encodeURIComponent(decodeURIComponent(s)))
      .join("/");
    return canonical === pathname ? null : canonical;
  } catch {
    return null;
  }
}
