/**
 * Draft preview links: `/api/preview/?secret=<PREVIEW_SECRET>&slug=<slug>` turns on Next's draft
 * mode (a cookie for this browser only) and redirects to the post, which then renders on each
 * request from the content index, drafts and future posts included, marked 預覽 and noindex.
 * Lists, feeds, sitemaps and search never read drafts (they use the readers' posts), and a
 * draft-mode response is Next's private, no-store (next.config.ts sets no shared-cache header on
 * it). `/api/preview/exit/` ends it. Both answer with and without the trailing slash.
 *
 * 503 when PREVIEW_SECRET is unset (no link can be right); 401 for a wrong secret; 404 for a slug
 * that names no post. This process's own secret (lib/publish/secret.ts) gets draft mode with no
 * slug and no redirect (204): the start-up warm-up renders in it (lib/publish/start-warm.ts).
 */
import { draftMode } from "next/headers";
import { getAnyPost } from "../content/store";
import { homeHref, postHref } from "../http/routes";
import { presentedSecret, processSecret, secretMatches } from "./secret";
import { clientKey, rateLimiter } from "./rate-limit";

const limiter = rateLimiter(30, 60_000);
const text = (status: number, body: string) => new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A redirect to a site path, relative, so it never names the host the server thinks it has. */
const redirectTo = (path: string) => new Response(null, { status: 307, headers: { Location: path, "Cache-Control": "no-store" } });

export async function handlePreview(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (secretMatches(presentedSecret(request.headers, url), processSecret())) {
    (await draftMode()).enable();
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  }
  if (!limiter.take(clientKey(request.headers)).ok) return text(429, "too many preview requests; retry later");
  const configured = process.env.PREVIEW_SECRET;
  if (!configured) return text(503, "preview is off: PREVIEW_SECRET is not set on this server");
  if (!secretMatches(presentedSecret(request.headers, url), configured)) return text(401, "wrong or missing preview secret");
  const slug = url.searchParams.get("slug") ?? "";
  const post = getAnyPost(slug);
  if (!post) return text(404, `no post has the slug "${slug}"`);
  (await draftMode()).enable();
  return redirectTo(postHref(post.slug));
}

export async function handlePreviewExit(): Promise<Response> {
  (await draftMode()).disable();
  return redirectTo(homeHref());
}
