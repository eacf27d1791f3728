/** URL builders: one place that knows the site's URL shapes (trailing slashes on). */
import { site } from "../site";
import { categorySlug } from "../taxonomy/slugs";

export const postHref = (slug: string) => `/posts/${encodeURIComponent(slug)}/`;
/**
 * Next's trailingSlash mode serves a last segment that looks like a file name
 * (`/tags/node.js`) without the slash and redirects the slashed form; link to the
 * served form directly rather than through a redirect.
 */
const dir = (path: string) => (/\.\w+$/.test(path) ? path : `${path}/`);
export const tagHref = (slug: string) => dir(`/tags/${encodeURIComponent(slug)}`);
export const categoryHref = (name: string) => dir(`/categories/${encodeURIComponent(categorySlug(name))}`);
/** The list of all posts: `/posts/`, `/posts/page/2/`, ... (`/page/N/` redirects here). */
export const postsPageHref = (page: number) => (page <= 1 ? "/posts/" : `/posts/page/${page}/`);
/** The paginated list moved from `/` to `/posts/`; kept so callers written before the move still link to it. */
export const homePageHref = postsPageHref;
/** Post slugs that would collide with list URLs under /posts/ (`/posts/page/2/`). */
export const RESERVED_POST_SLUGS: ReadonlySet<string> = new Set(["page"]);
export const absoluteUrl = (pathname: string) => `${site.baseUrl}${pathname}`;
export const tagPageHref = (slug: string, page: number) =>
  page <= 1 ? tagHref(slug) : `/tags/${encodeURIComponent(slug)}/page/${page}/`;
export const categorySlugHref = (slug: string) => dir(`/categories/${encodeURIComponent(slug)}`);
export const categoryPageHref = (slug: string, page: number) =>
  page <= 1 ? categorySlugHref(slug) : `/categories/${encodeURIComponent(slug)}/page/${page}/`;
export const archivesHref = () => "/archives/";
export const tagFeedHref = (slug: string) => `/tags/${encodeURIComponent(slug)}/index.xml`;
export const categoryFeedHref = (slug: string) => `/categories/${encodeURIComponent(slug)}/index.xml`;
