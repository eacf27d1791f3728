/**
 * The validator of everything a production build serves (pages, feeds, public/ files):
 * the build id. Every page is prerendered, so within a build a URL's bytes never
 * change, and a validator tied to the deploy is what a static server gives too (nginx:
 * file time and size). It replaces Next's hash of the whole HTML on every request
 * (next.config.ts `generateEtags: false`; that hash was ~20% of the server's CPU per
 * page view, bench/). next.config.ts sends it, proxy.ts answers revalidations with 304.
 * A rebuild changes it, so after a deploy a reader's browser fetches a page once more.
 */
export function buildEtag(buildId: string): string {
  return `"${buildId}"`;
}

/** An If-None-Match header names `etag` (weak or strong, alone or in a list). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
